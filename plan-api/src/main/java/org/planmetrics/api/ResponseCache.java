package org.planmetrics.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.util.Optional;
import org.planmetrics.model.Language;

/**
 * Finished answers of the assessment endpoints, kept by plan, target, language and the exact
 * request body. An answer is a pure function of those four: the plans do not change while the
 * server runs, and nothing in an assessment reads the clock, since the body carries its own
 * {@code asOf}. So a dashboard that posts the same observations every minute gets the same bytes
 * back without the work being done again, and callers need no cache of their own in front.
 *
 * <p>The body is kept as its SHA-256 digest, not as bytes, so a large ledger costs 32 bytes of
 * key. The cache is bounded by the total size of the answers it holds; once it is full, the
 * answers asked for least often and least lately go first (Caffeine's W-TinyLFU), so a stream
 * of bodies sent only once cannot flush the answers that dashboards ask for again. Only
 * successful answers are kept: a refused body is checked again every time, so
 * its problem always reflects the request that was sent.
 */
final class ResponseCache {

  /**
   * Per-entry bytes beside the answer itself, counted in the bound: the key record, its target
   * string and digest (an object around a 32-byte array), and the cache's entry, rounded up.
   */
  private static final int ENTRY_OVERHEAD = 256;

  private final long maxBytes;
  private final Cache<Key, byte[]> answers;

  /** A cache holding at most {@code maxBytes} of answers; 0 keeps nothing. */
  ResponseCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("'maxBytes' must be at least 0 but was " + maxBytes);
    }
    this.maxBytes = maxBytes;
    // Caffeine admits a new answer over an old one only if its body is asked for more often
    // (TinyLFU): under load from bodies that are never sent again, each answer is dropped within
    // a few requests instead of pushing out answers that are asked for again, and dies young
    // instead of being copied through the heap. Maintenance runs on the calling thread, so the
    // bound holds when put() returns.
    this.answers = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((Key key, byte[] answer) -> answer.length + ENTRY_OVERHEAD)
        .executor(Runnable::run)
        .build();
  }

  boolean enabled() {
    return maxBytes > 0;
  }

  /**
   * The key of a request: which plan, what was asked of it (a target id, a ranking with its
   * month, or empty for the scorecard), language, body.
   */
  static Key key(String planId, String subject, Language language, byte[] body) {
    return new Key(planId, subject, language, Hashing.sha256().hashBytes(body));
  }

  Optional<byte[]> get(Key key) {
    return enabled() ? Optional.ofNullable(answers.getIfPresent(key)) : Optional.empty();
  }

  /**
   * Keeps {@code answer} for {@code key}; returns whether it was kept. An answer that, with its
   * per-entry overhead, takes more than an eighth of the bound is not, so that one huge ledger
   * cannot push out every other answer.
   */
  boolean put(Key key, byte[] answer) {
    if (!enabled() || answer.length + ENTRY_OVERHEAD > maxBytes / 8) {
      return false;
    }
    answers.put(key, answer);
    return true;
  }

  /**
   * The bytes held now, answers and per-entry overhead as the bound counts them: at most the
   */
  long heldBytes() {
    answers.cleanUp();
    return answers.asMap().values().stream().mapToLong(a -> a.length + ENTRY_OVERHEAD).sum();
  }

  long maxBytes() {
    return maxBytes;
  }

  /** What an answer depends on. */
  record Key(String planId, String subject, Language language, HashCode body) {}
}
