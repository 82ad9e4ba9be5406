// Starts Swagger UI on the bundled OpenAPI document. A file of its own, not an inline script,
// because the pages' Content-Security-Policy allows no inline script. validatorUrl is off:
// Swagger UI would otherwise fetch a badge from validator.swagger.io, a third-party origin that
// a county intranet cannot reach.
window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null});
