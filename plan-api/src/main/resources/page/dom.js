// Building elements. Text from a file (team names, project ids, problem values) is only ever set
// as text, never as HTML, so a file cannot put markup or script into the page.

/**
 * A new element: {@code attributes} become attributes (class, id, aria-*, ...), except those
 * starting with "on", which are listeners; {@code children} are nodes or strings (as text).
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith("on")) {
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Empties {@code node} and fills it with {@code children}. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
}
