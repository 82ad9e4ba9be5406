package org.planmetrics.api;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every request body in full, without holding a thread, before the application sees the
 * request, within three bounds: its size ({@code --max-body-bytes}, else 413), its time
 * ({@code --body-timeout} from the headers to the last byte, else 408) and the memory all bodies
 * in flight may hold together ({@code --max-in-flight-bytes}, else 503 with Retry-After).
 *
 * <p>Why here and not in the handlers: Javalin reads a body by blocking a thread. 250 clients that
 * sent their headers and then one byte every 2 s took every one of Jetty's threads, and {@code
 * /health} stopped answering. Here the bytes are gathered as they arrive, and the application is
 * called, on a thread, only once the whole body is in memory. And 100 bodies of 1 MiB, each held
 * twice (here and by the handler) while waiting for their turn to compute, ran a 128 MiB heap out
 * of memory; the budget refuses what would not fit instead.
 *
 * <p>A body that breaks off (an upload cut short, chunked framing that is not HTTP) is refused
 * with 400 if the client is still there to read it, and logged on one line, never with a stack.
 */
final class RequestBodyGate extends Handler.Wrapper {
  private static final Logger LOG = LoggerFactory.getLogger(RequestBodyGate.class);

  /**
   * Each body is counted twice: the copy gathered here and the handler's own (Javalin copies the
   * bytes it reads from the servlet stream).
   */
  static final int COPIES_PER_BODY = 2;

  private final long maxBodyBytes;
  private final Duration bodyTimeout;
  private final InFlightBytes inFlight;

  RequestBodyGate(long maxBodyBytes, Duration bodyTimeout, long maxInFlightBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.bodyTimeout = bodyTimeout;
    this.inFlight = new InFlightBytes(maxInFlightBytes);
  }

  /** The bytes of bodies now held, for tests and the operator. */
  long bytesInFlight() {
    return inFlight.used();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long declared = request.getLength();
    boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    if (declared == 0 || (declared < 0 && !chunked)) {
      return super.handle(request, response, callback);
    }
    if (declared > maxBodyBytes) {
      refuse(request, response, callback, ApiProblem.payloadTooLarge(declared, maxBodyBytes), true);
      return true;
    }
    // A chunked body of unknown length is counted as it arrives.
    long reserved = declared > 0 ? declared * COPIES_PER_BODY : 0;
    if (inFlight.tryReserve(reserved)) {
      BodyRead read;
      try {
        read = new BodyRead(request, response, callback, reserved, null);
      } catch (Throwable failure) {
        // Its buffer could not be made (the heap is full): the reservation has no owner yet.
        inFlight.release(reserved);
        throw failure;
      }
      read.start();
    } else {
      // Read and drop the body before the 503, so that a client still sending it reads the
      // answer; closing at once, the JDK's client saw "received no bytes" instead.
      new BodyRead(request, response, callback, 0, full()).start();
    }
    return true;
  }

  private ApiProblem full() {
    return new ApiProblem(503, "service-unavailable", "Service unavailable", LocalizedText.of(
        "服务器正在接收的请求内容已达内存上限(" + inFlight.limit() + "字节),请稍后再试",
        "the server holds as many request bodies as its memory allows (" + inFlight.limit()
            + " bytes); try again later"), List.of());
  }

  private ApiProblem tooSlow() {
    return ApiProblem.of(408, "request-timeout", "Request timeout", "", "body-timeout",
        LocalizedText.of("请求内容未能在" + bodyTimeout.toSeconds() + "秒内完整送达",
            "the body did not arrive in full within " + bodyTimeout.toSeconds() + " s"), null);
  }

  private static ApiProblem idle() {
    return ApiProblem.of(408, "request-timeout", "Request timeout", "", "idle-timeout",
        LocalizedText.of("客户端发送请求内容时停顿过久,超过了空闲时限",
            "the client sent nothing for longer than the idle timeout while sending its body"),
        null);
  }

  private static ApiProblem broken(Throwable failure) {
    return ApiProblem.of(400, "malformed-body", "Malformed request body", "", "malformed-body",
        LocalizedText.of("无法读取请求内容:" + describeZh(failure),
            "the body could not be read: " + describe(failure)), null);
  }

  /** {@link #describe} in Chinese; Jetty's own reason, in English, in brackets. */
  private static String describeZh(Throwable failure) {
    if (failure instanceof org.eclipse.jetty.http.HttpException http
        && http.getReason() != null) {
      return "HTTP分块格式有误(" + http.getReason() + ")";
    }
    if (failure instanceof org.eclipse.jetty.io.EofException) {
      return "请求内容未传完连接就关闭了";
    }
    return "HTTP格式有误";
  }

  /** A failure as words for a client: Jetty's reason, never a class name or a stack. */
  private static String describe(Throwable failure) {
    if (failure instanceof org.eclipse.jetty.http.HttpException http
        && http.getReason() != null) {
      return http.getReason();
    }
    if (failure instanceof org.eclipse.jetty.io.EofException) {
      return "the connection closed before the whole body arrived";
    }
    return "the framing is not valid HTTP";
  }

  /**
   * Answers {@code problem} without calling the application. The connection is closed after it
   * when the body was not read to its end, so that its rest is never taken for a next request.
   */
  private static void refuse(Request request, Response response, Callback callback,
      ApiProblem problem, boolean closeConnection) {
    LOG.info("{} {} {} {}", request.getMethod(), Request.getPathInContext(request),
        problem.status, problem.getMessage());
    if (response.isCommitted()) {
      callback.failed(new IllegalStateException(problem.getMessage()));
      return;
    }
    response.setStatus(problem.status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemBody.MEDIA_TYPE);
    if (problem.status == HttpStatus.SERVICE_UNAVAILABLE_503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER,
          String.valueOf(ProblemResponses.RETRY_AFTER_SECONDS));
    }
    if (closeConnection) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    Language language;
    try {
      language = Localizer.forRawRequest(request.getHttpURI().getQuery(),
          request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    } catch (RuntimeException e) {
      language = Language.ZH;
    }
    response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, language == Language.EN ? "en" : "zh");
    response.write(true, ByteBuffer.wrap(ProblemBody.of(problem,
        Request.getPathInContext(request), language)), callback);
  }

  /**
   * One body being gathered: reads what has arrived, then asks to be called again. A body the
   * budget cannot hold is still read to its end, but dropped, and then refused.
   */
  private final class BodyRead implements Invocable.Task {
    private final Request request;
    private final Response response;
    private final Callback callback;
    /** Set once, by whichever ends the read: the last byte, a failure or the deadline. */
    private final AtomicBoolean ended = new AtomicBoolean();
    /** The bytes this body holds in the budget; guarded by this read's lock. */
    private long reserved;
    /** Set once the request is over: nothing may be reserved after; guarded by the lock. */
    private boolean released;
    private byte[] bytes;
    private long size;
    /** The answer once the body has been read and dropped; null while it is kept. */
    private ApiProblem refusal;
    private volatile Scheduler.Task deadline;
    /**
     * The thread of {@code handle()} while it makes the first read, else null. A body that is
     * complete by then (most are: a small body arrives with its headers) is handed to the
     * application on that thread, which may block, instead of on another: one thread switch less
     * per request. Only that thread ever finds itself here, so a stale value read elsewhere is
     * harmless.
     */
    private Thread handleThread;

    BodyRead(Request request, Response response, Callback callback, long reserved,
        ApiProblem refusal) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.reserved = reserved;
      this.refusal = refusal;
      this.bytes = refusal != null ? null : new byte[(int) Math.min(Math.max(
          reserved / COPIES_PER_BODY, 1024), maxBodyBytes)];
    }

    void start() {
      handleThread = Thread.currentThread();
      try {
        run();
      } finally {
        handleThread = null;
      }
    }

    /** Reads the chunks that have arrived; Jetty calls it again when more do. */
    @Override
    public void run() {
      while (!ended.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          if (deadline == null) {
            // Only a body that must be waited for needs a deadline; it counts from here, the
            // moment the bytes that came with the headers are used up.
            deadline = request.getComponents().getScheduler().schedule(this::expire,
                bodyTimeout.toMillis(), TimeUnit.MILLISECONDS);
          }
          try {
            request.demand(this);
          } catch (IllegalStateException completed) {
            // The deadline answered and completed the request between the read and this call.
            if (!ended.get()) {
              throw completed;
            }
          }
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          Throwable failure = chunk.getFailure();
          end(failure instanceof TimeoutException ? idle() : broken(failure));
          return;
        }
        try {
          if (!append(chunk.getByteBuffer())) {
            return;
          }
        } finally {
          chunk.release();
        }
        if (chunk.isLast()) {
          if (ended.compareAndSet(false, true)) {
            cancelDeadline();
            if (refusal != null) {
              // The body was read to its end, so the connection can serve a next request.
              refuse(request, response, Callback.from(callback, this::release), refusal, false);
            } else if (Thread.currentThread() == handleThread) {
              dispatch();
            } else {
              dispatchOnPool();
            }
          }
          return;
        }
      }
    }

    /**
     * Adds the chunk's bytes, or only counts them once the body is to be refused; false (and the
     * read ended) when the body is over the size limit.
     */
    private boolean append(ByteBuffer buffer) {
      int length = buffer.remaining();
      if (size + length > maxBodyBytes) {
        end(ApiProblem.payloadTooLarge(size + length, maxBodyBytes));
        return false;
      }
      if (refusal == null) {
        synchronized (this) {
          if (released) {
            // The deadline ended the request meanwhile; a reservation now would never be freed.
            return false;
          }
          long needed = (size + length) * COPIES_PER_BODY - reserved;
          if (needed > 0 && inFlight.tryReserve(needed)) {
            reserved += needed;
          } else if (needed > 0) {
            // A chunked body outgrew the budget: keep reading, but drop what it holds.
            refusal = full();
            bytes = null;
            inFlight.release(reserved);
            reserved = 0;
          }
        }
      }
      if (refusal == null) {
        if (size + length > bytes.length) {
          bytes = Arrays.copyOf(bytes, (int) Math.min(maxBodyBytes,
              Math.max((long) bytes.length * 2, size + length)));
        }
        buffer.get(bytes, (int) size, length);
      }
      size += length;
      return true;
    }

    private void cancelDeadline() {
      Scheduler.Task task = deadline;
      if (task != null) {
        task.cancel();
      }
    }

    private void expire() {
      end(tooSlow());
    }

    private void end(ApiProblem problem) {
      if (ended.compareAndSet(false, true)) {
        cancelDeadline();
        // The bytes are left to the collector, not cleared: the deadline ends a read from the
        // scheduler's thread while a chunk may still be added on Jetty's.
        refuse(request, response, Callback.from(callback, this::release), problem, true);
      }
    }

    private void dispatch() {
      Request complete = new BufferedBody(request, ByteBuffer.wrap(bytes, 0, (int) size));
      Callback releasing = Callback.from(callback, this::release);
      try {
        if (!RequestBodyGate.this.getHandler().handle(complete, response, releasing)) {
          Response.writeError(complete, response, releasing, HttpStatus.NOT_FOUND_404);
        }
      } catch (Throwable failure) {
        Response.writeError(complete, response, releasing, failure);
      }
    }

    /** The application blocks; it runs on a thread of the pool, never the selector's. */
    private void dispatchOnPool() {
      try {
        request.getContext().execute(this::dispatch);
      } catch (RejectedExecutionException stopping) {
        refuse(request, response, Callback.from(callback, this::release), new ApiProblem(503,
            "service-unavailable", "Service unavailable", LocalizedText.of("服务器正在停止,请稍后再试",
                "the server is stopping; try again later"), List.of()), true);
      }
    }

    private void release() {
      long bytesHeld;
      synchronized (this) {
        released = true;
        bytesHeld = reserved;
        reserved = 0;
      }
      inFlight.release(bytesHeld);
    }

    @Override
    public InvocationType getInvocationType() {
      // Reading what has arrived never blocks; the application runs elsewhere (dispatch).
      return InvocationType.NON_BLOCKING;
    }
  }

  /** The request with its body already gathered: the application reads it as one chunk. */
  private static final class BufferedBody extends Request.Wrapper {
    private Content.Chunk body;

    BufferedBody(Request wrapped, ByteBuffer body) {
      super(wrapped);
      this.body = Content.Chunk.from(body, true);
    }

    @Override
    public Content.Chunk read() {
      synchronized (this) {
        if (body != null) {
          Content.Chunk chunk = body;
          body = null;
          return chunk;
        }
      }
      return super.read();
    }
  }
}
