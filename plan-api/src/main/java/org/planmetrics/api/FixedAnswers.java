package org.planmetrics.api;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The answers that cannot change while the server runs, the plan resources under {@code
 * /api/v1/plans} in each language: each is made once, kept with a strong {@code ETag} (a hash of
 * its bytes), and answered with {@code Cache-Control: no-cache}, so that a client or a gateway may
 * keep it but asks each time, and a request whose {@code If-None-Match} names the tag gets a 304
 * with no body (RFC 9110 §13.1.2, RFC 9111 §5.2.2.4).
 *
 * <p>{@code no-cache} rather than a {@code max-age}: the plans are fixed for one run of the server,
 * but an operator who corrects a plan file and restarts it must not find offices reading the old
 * plan for as long as an age allows; asking again costs a 304 of a few hundred bytes.
 *
 * <p>The answers are kept by the ids they were resolved to (a plan, a target, a language), never
 * by the path as written, so made-up spellings of a path cannot grow the map: it holds at most
 * two answers for each resource of the plans served.
 */
final class FixedAnswers {

  /** The Cache-Control of every fixed answer; see the class comment for why. */
  static final String CACHE_CONTROL = "no-cache";

  private record Answer(byte[] body, String etag) {}

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  /**
   * Answers with the bytes {@code body} makes, once for {@code key}, as {@code contentType}; or
   * with 304 and no body when the request's {@code If-None-Match} names their tag. The headers
   * set before (Content-Language, Vary) are sent either way.
   */
  void answer(Context ctx, String key, String contentType, Supplier<byte[]> body) {
    Answer answer = answers.computeIfAbsent(key, k -> {
      byte[] bytes = body.get();
      return new Answer(bytes, etag(bytes));
    });
    ctx.header("ETag", answer.etag()).header("Cache-Control", CACHE_CONTROL);
    if (matches(ctx.header("If-None-Match"), answer.etag())) {
      // No body, and no Content-Type or Content-Length of its own: a 304 may only repeat the
      // 200's length (RFC 9110 §8.6), and Javalin would have written 0 and text/plain.
      ctx.status(304);
      ctx.res().setContentType(null);
      ctx.header("Content-Length", String.valueOf(answer.body().length));
      return;
    }
    ctx.contentType(contentType).result(answer.body());
  }

  /** A strong entity tag of {@code bytes}: their SHA-256, base64url, quoted. */
  static String etag(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Whether {@code ifNoneMatch} (may be null) names {@code etag} or is {@code *}. If-None-Match
   * compares weakly (RFC 9110 §13.1.2), so {@code W/"x"} names {@code "x"} too.
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String trimmed = tag.trim();
      if (trimmed.startsWith("W/")) {
        trimmed = trimmed.substring(2);
      }
      if (trimmed.equals("*") || trimmed.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
