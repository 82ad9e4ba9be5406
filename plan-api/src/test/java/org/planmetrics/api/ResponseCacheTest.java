package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planmetrics.api.ApiCalls.JSON;
import static org.planmetrics.api.ApiCalls.PLAN;
import static org.planmetrics.api.ApiCalls.SCORECARD;
import static org.planmetrics.api.ApiCalls.assertProblem;
import static org.planmetrics.api.ApiCalls.exampleObservations;
import static org.planmetrics.api.ApiCalls.post;
import static org.planmetrics.api.ApiCalls.postJson;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.model.Language;

/**
 * The response cache: a repeated request gets the very bytes a fresh computation gives, and
 * everything the answer depends on (plan, target, language, body) is part of the key; refused
 * bodies are never kept; the cache stays within its bound.
 */
class ResponseCacheTest {

  private static final String STORED = "plan-api; fwd=miss; stored";
  private static final String HIT = "plan-api; hit";
  private static final String ASSESSMENT = PLAN + "/targets/fdi-cumulative/assessment";

  private static Javalin app(long cacheBytes) {
    return PlanApi.create(PlanCatalog.bundled(),
        ServerSettings.defaults().withResponseCacheBytes(cacheBytes));
  }

  /** The answers of a server without a cache, for comparison. */
  private static String uncached(String path, String body) {
    String[] answer = new String[1];
    JavalinTest.test(app(0), (server, client) -> {
      Reply reply = postJson(client, path, body);
      assertThat(reply.status()).as("%s", reply).isEqualTo(200);
      assertThat(reply.header("Cache-Status")).as("no cache, no Cache-Status").isNull();
      answer[0] = reply.body();
    });
    return answer[0];
  }

  @Test
  void aRepeatedScorecardRequestIsAHitWithTheBytesOfAFreshComputation() {
    String fresh = uncached(SCORECARD, exampleObservations());
    JavalinTest.test(app(1 << 20), (server, client) -> {
      Reply first = postJson(client, SCORECARD, exampleObservations());
      Reply second = postJson(client, SCORECARD, exampleObservations());
      assertThat(first.header("Cache-Status")).isEqualTo(STORED);
      assertThat(second.header("Cache-Status")).isEqualTo(HIT);
      assertThat(second.status()).isEqualTo(200);
      assertThat(second.contentType()).startsWith(JSON);
      assertThat(second.header("Content-Language")).isEqualTo("zh");
      assertThat(first.body()).isEqualTo(fresh);
      assertThat(second.body()).isEqualTo(fresh);
    });
  }

  @Test
  void languageTargetAndBodyArePartOfTheKey() {
    String body = exampleObservations();
    String laterAsOf = body.replace("\"asOf\": \"2023-06-30\"", "\"asOf\": \"2023-07-31\"");
    assertThat(laterAsOf).isNotEqualTo(body);
    String freshEnglish = uncached(SCORECARD + "?lang=en", body);
    String freshAssessment = uncached(ASSESSMENT, body);
    String freshLater = uncached(SCORECARD, laterAsOf);
    JavalinTest.test(app(1 << 20), (server, client) -> {
      assertThat(postJson(client, SCORECARD, body).header("Cache-Status")).isEqualTo(STORED);

      Reply english = postJson(client, SCORECARD, body, "Accept-Language", "en");
      assertThat(english.header("Cache-Status")).isEqualTo(STORED);
      assertThat(english.header("Content-Language")).isEqualTo("en");
      assertThat(english.body()).isEqualTo(freshEnglish);
      // ?lang=en and Accept-Language: en negotiate the same language, so they share an entry.
      Reply englishAgain = postJson(client, SCORECARD + "?lang=en", body);
      assertThat(englishAgain.header("Cache-Status")).isEqualTo(HIT);
      assertThat(englishAgain.header("Content-Language")).isEqualTo("en");
      assertThat(englishAgain.body()).isEqualTo(freshEnglish);

      Reply assessment = postJson(client, ASSESSMENT, body);
      assertThat(assessment.header("Cache-Status")).isEqualTo(STORED);
      assertThat(assessment.body()).isEqualTo(freshAssessment);
      assertThat(postJson(client, ASSESSMENT, body).header("Cache-Status")).isEqualTo(HIT);

      Reply later = postJson(client, SCORECARD, laterAsOf);
      assertThat(later.header("Cache-Status")).isEqualTo(STORED);
      assertThat(later.json().path("asOf").asText()).isEqualTo("2023-07-31");
      assertThat(later.body()).isEqualTo(freshLater);
    });
  }

  @Test
  void refusedBodiesAreNeverKeptAndACachedBodyIsStillRefusedWithTheWrongContentType() {
    String unknownSeries = exampleObservations().replace("\"cash-fdi\"", "\"no-such-series\"");
    JavalinTest.test(app(1 << 20), (server, client) -> {
      for (int i = 0; i < 2; i++) {
        Reply refused = postJson(client, SCORECARD, unknownSeries);
        assertProblem(refused, 422, "invalid-observations");
        assertThat(refused.header("Cache-Status")).isNull();
        // A problem is in the request's language too, and says so.
        assertThat(refused.header("Content-Language")).isEqualTo("zh");
      }
      assertThat(postJson(client, SCORECARD, exampleObservations()).header("Cache-Status"))
          .isEqualTo(STORED);
      Reply plainText = post(client, SCORECARD, "text/plain",
          BodyPublishers.ofString(exampleObservations(), StandardCharsets.UTF_8));
      assertProblem(plainText, 415, "unsupported-media-type");
      Reply badLanguage = postJson(client, SCORECARD + "?lang=fr", exampleObservations());
      assertProblem(badLanguage, 400, "bad-parameter");
    });
  }

  @Test
  void anAnswerTooLargeForTheCacheIsServedButNotKept() {
    // The sample scorecard is about 45 kB; an eighth of 100 kB is too little room for it.
    JavalinTest.test(app(100_000), (server, client) -> {
      for (int i = 0; i < 2; i++) {
        Reply reply = postJson(client, SCORECARD, exampleObservations());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Status")).isEqualTo("plan-api; fwd=miss");
      }
    });
  }

  // ---- the cache itself

  private static ResponseCache.Key key(int n) {
    return ResponseCache.key("plan", "", Language.ZH,
        ("body " + n).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theKeyFollowsEveryByteOfTheBody() {
    byte[] body = exampleObservations().getBytes(StandardCharsets.UTF_8);
    byte[] changed = Arrays.copyOf(body, body.length);
    changed[changed.length / 2] ^= 1;
    ResponseCache.Key key = ResponseCache.key("p", "", Language.ZH, body);
    assertThat(ResponseCache.key("p", "", Language.ZH, body.clone())).isEqualTo(key);
    assertThat(ResponseCache.key("p", "", Language.ZH, changed)).isNotEqualTo(key);
    assertThat(ResponseCache.key("q", "", Language.ZH, body)).isNotEqualTo(key);
    assertThat(ResponseCache.key("p", "t", Language.ZH, body)).isNotEqualTo(key);
    assertThat(ResponseCache.key("p", "", Language.EN, body)).isNotEqualTo(key);
  }

  @Test
  void whatIsHeldNeverExceedsTheBoundAndNothingIsDroppedBeforeItIsFull() {
    // Answer sizes up to an eighth of the bound, in any order: after every put the cache holds
    // at most its bound, and as long as everything put so far fits, all of it is there.
    qt().withFixedSeed(20261128L).withExamples(200)
        .forAll(lists().of(integers().between(0, 12_000)).ofSizeBetween(1, 60))
        .checkAssert(sizes -> {
          ResponseCache cache = new ResponseCache(100_000);
          long put = 0;
          for (int i = 0; i < sizes.size(); i++) {
            byte[] answer = new byte[sizes.get(i)];
            if (answer.length > 0) {
              answer[0] = (byte) i;
            }
            assertThat(cache.put(key(i), answer)).isTrue();
            put += answer.length + 256;
            assertThat(cache.heldBytes()).isLessThanOrEqualTo(cache.maxBytes());
            if (put <= cache.maxBytes()) {
              for (int j = 0; j <= i; j++) {
                assertThat(cache.get(key(j))).as("answer %d of %d", j, i).isPresent();
              }
            }
          }
        });
  }

  @Test
  void anAnswerAskedForAgainOutlivesAFloodOfBodiesSentOnce() {
    // A full cache; then a dashboard posts its body, and again now and then, while 4,000 other
    // bodies are posted once each: 40 times what the cache holds, and twice what it holds
    // between two of the dashboard's requests, where "least recently used" would drop it. The
    // dashboard's answer stays, and the flood never pushes the held bytes over the bound.
    ResponseCache cache = new ResponseCache(1_000_000);
    int oneOff = 0;
    for (; oneOff < 100; oneOff++) {
      cache.put(key(oneOff), new byte[10_000]);
    }
    byte[] dashboard = new byte[10_000];
    cache.put(key(-1), dashboard);
    for (int i = 0; i < 4_000; i++, oneOff++) {
      if (i % 200 == 0) {
        assertThat(cache.get(key(-1))).as("after %d one-off bodies", i).isPresent();
      }
      cache.put(key(oneOff), new byte[10_000]);
      assertThat(cache.heldBytes()).isLessThanOrEqualTo(cache.maxBytes());
    }
    assertThat(cache.get(key(-1))).hasValueSatisfying(a -> assertThat(a).isSameAs(dashboard));
  }

  @Test
  void zeroKeepsNothingAndANegativeBoundIsRefused() {
    ResponseCache off = new ResponseCache(0);
    assertThat(off.enabled()).isFalse();
    assertThat(off.put(key(1), new byte[10])).isFalse();
    assertThat(off.get(key(1))).isEmpty();
    assertThatThrownBy(() -> new ResponseCache(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes").hasMessageContaining("-1");
    assertThatThrownBy(() -> ServerSettings.defaults().withResponseCacheBytes(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("responseCacheBytes").hasMessageContaining("-5");
    assertThat(ServerSettings.defaults().responseCacheBytes()).isEqualTo(16L << 20);
  }
}
