package org.planmetrics.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.planmetrics.model.LocalizedText;

/**
 * The optional token of the POST requests ({@code --api-token}, {@code PLAN_API_TOKEN}): when the
 * server has one, a POST without {@code Authorization: Bearer <token>} gets a 401 problem with
 * {@code WWW-Authenticate: Bearer} (RFC 6750); GET requests stay open. The POSTs are the requests
 * that cost the server work, so a county that exposes the server beyond its gateway can keep them
 * to its own clients.
 *
 * <p>Messages call it an access key (令牌 in Chinese): "token" is a parser's word in this API's
 * messages. The token is compared in constant time, as hashes of equal length, so the time of a refusal
 * tells nothing of how much of a guess was right; it is never logged or echoed.
 */
final class BearerToken {

  private static final String SCHEME = "Bearer";

  private final byte[] expected;

  BearerToken(String token) {
    this.expected = sha256(token);
  }

  /** A before-handler: refuses a POST that does not carry the token. */
  void check(Context ctx) {
    if (!"POST".equals(ctx.method().name())) {
      return;
    }
    String authorization = ctx.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      throw refusal(ctx, LocalizedText.of("此服务器的POST请求须带令牌:请在请求头中加上'Authorization: "
          + SCHEME + " <令牌>'", "this server needs its access key on POST requests: send "
          + "'Authorization: " + SCHEME + " <key>'"));
    }
    // The scheme is case-insensitive (RFC 9110 §11.1); one or more spaces follow it.
    String given = authorization.length() > SCHEME.length()
        && authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)
        ? authorization.substring(SCHEME.length() + 1).trim() : null;
    if (given == null) {
      throw refusal(ctx, LocalizedText.of("'Authorization'须为'" + SCHEME + " <令牌>'",
          "'Authorization' must be '" + SCHEME + " <key>'"));
    }
    if (!MessageDigest.isEqual(expected, sha256(given))) {
      throw refusal(ctx, LocalizedText.of("令牌不对:不是此服务器接受的令牌",
          "the access key is not the one this server accepts"));
    }
  }

  private static ApiProblem refusal(Context ctx, LocalizedText detail) {
    ctx.header("WWW-Authenticate", SCHEME);
    return new ApiProblem(401, "unauthorized", "Unauthorized", detail, List.of());
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
