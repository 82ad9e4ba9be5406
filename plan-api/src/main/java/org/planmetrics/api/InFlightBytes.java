package org.planmetrics.api;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes all request bodies in flight may hold together ({@code --max-in-flight-bytes}), for
 * {@link RequestBodyGate}: a reservation that does not fit fails at once instead of waiting, so
 * the gate can answer 503 while the heap still has room.
 */
final class InFlightBytes {
  private final long limit;
  private final AtomicLong used = new AtomicLong();

  InFlightBytes(long limit) {
    this.limit = limit;
  }

  boolean tryReserve(long bytes) {
    while (true) {
      long now = used.get();
      if (now + bytes > limit) {
        return false;
      }
      if (used.compareAndSet(now, now + bytes)) {
        return true;
      }
    }
  }

  void release(long bytes) {
    used.addAndGet(-bytes);
  }

  long used() {
    return used.get();
  }

  long limit() {
    return limit;
  }
}
