package org.planmetrics.api;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;

/**
 * Jetty's answer to what it refuses before the application sees a request (chunked framing that
 * is not HTTP, a URI of 8 KB, headers too large, a {@code \} or {@code %00} in a path, a method
 * it does not know) as an {@code application/problem+json} body, like every other refusal,
 * instead of Jetty's HTML page. It never shows a Java class or a stack.
 */
final class ProblemErrorHandler extends ErrorHandler {

  @Override
  public boolean errorPageForMethod(String method) {
    // Every method gets a problem body; Jetty itself leaves the body out of an answer to HEAD.
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    String reason = cause instanceof HttpException http ? http.getReason() : message;
    if (reason == null || reason.contains("Exception") || reason.contains("org.")) {
      // Jetty falls back to the exception's toString(), which names classes.
      reason = HttpStatus.getMessage(code);
    }
    String detail = reason.toLowerCase(java.util.Locale.ROOT).equals(
        HttpStatus.getMessage(code).toLowerCase(java.util.Locale.ROOT))
        ? "the server refused the request: " + reason
        : reason;
    ApiProblem problem = new ApiProblem(code, slug(code), HttpStatus.getMessage(code),
        LocalizedText.of(chinese(code) + "(" + reason + ")", detail), List.of());
    Language language = language(request);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemBody.MEDIA_TYPE);
    response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, language == Language.EN ? "en" : "zh");
    response.getHeaders().add(HttpHeader.VARY, "Accept-Language");
    response.write(true, ByteBuffer.wrap(ProblemBody.of(problem, instance(request), language)),
        callback);
  }

  /** What Jetty refused, in Chinese; Jetty's own reason, in English, follows in brackets. */
  private static String chinese(int status) {
    return switch (status) {
      case 404 -> "未找到该资源";
      case 405 -> "不支持该请求方法";
      case 408 -> "请求超时";
      case 413 -> "请求内容过大";
      case 414 -> "请求地址过长,服务器拒绝处理";
      case 431 -> "请求头过大,服务器拒绝处理";
      case 503 -> "服务暂不可用,请稍后再试";
      case 505 -> "不支持该HTTP版本";
      default -> status >= 500 ? "服务器出错" : "服务器无法读取该请求(请求行、请求头或路径有误)";
    };
  }

  /** The request's language where it can be read (?lang=, Accept-Language), else Chinese. */
  private static Language language(Request request) {
    try {
      String query = request.getHttpURI() == null ? null : request.getHttpURI().getQuery();
      return Localizer.forRawRequest(query, request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    } catch (RuntimeException e) {
      // A request Jetty could not parse may lack either: answer in the default language.
      return Language.ZH;
    }
  }

  /**
   * The path refused, or "" when the request line could not be read: Jetty then stands in its
   * own placeholder path, which no client sent.
   */
  private static String instance(Request request) {
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    return path == null || path.equals(BAD_MESSAGE_PATH) ? "" : path;
  }

  /** The path Jetty gives a request whose request line or headers it could not parse. */
  private static final String BAD_MESSAGE_PATH = "/badMessage";

  /** The problem type of a status Jetty answers, one of those the API documents. */
  static String slug(int status) {
    return switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 408 -> "request-timeout";
      case 413 -> "payload-too-large";
      case 414 -> "uri-too-long";
      case 431 -> "headers-too-large";
      case 503 -> "service-unavailable";
      case 505 -> "http-version-not-supported";
      default -> status >= 500 ? "internal-error" : "invalid-request";
    };
  }
}
