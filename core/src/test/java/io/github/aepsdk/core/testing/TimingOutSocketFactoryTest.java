package io.github.aepsdk.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calls at once to one path ({@code GET /items} with other queries), some of whose answers the
 * server holds back for an hour and some it sends once the test lets it: {@link
 * TimingOutSocketFactory#timeOut} ends the waits of the held answers only, and counts each before
 * its client sees the timeout.
 */
class TimingOutSocketFactoryTest {
  private final CountDownLatch sendAnswers = new CountDownLatch(1);
  private final MockWebServer server = new MockWebServer();
  private final TimingOutSocketFactory sockets = new TimingOutSocketFactory();
  private final OkHttpClient client = new OkHttpClient.Builder().socketFactory(sockets).build();
  private final ExecutorService calls = Executors.newCachedThreadPool();

  TimingOutSocketFactoryTest() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String query = request.getUrl().queryParameter("q");
        if (query.startsWith("held")) {
          return new MockResponse.Builder().body("late").headersDelay(1, TimeUnit.HOURS).build();
        }
        sendAnswers.await();
        return new MockResponse.Builder().body(query).build();
      }
    });
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    calls.shutdownNow();
    server.close();
  }

  @Test
  void aHeldAnswerTimesOutItsOwnWaitNotThatOfAnotherCallToThePath() throws Exception {
    List<Future<String>> answered = call("a", "b", "c", "d");
    List<Future<String>> held = call("held");
    receive(5); // every socket now waits for an answer to GET /items

    List<TimeOut> timingOut = timeOut(1);
    sendAnswers.countDown();

    assertThat(timingOut.get(0).timedOutAWait()).isTrue();

    assertThat(values(answered)).containsExactly("a", "b", "c", "d");
    assertThat(values(held)).containsExactly("timed out, 1 counted");
    assertThat(sockets.timedOut()).isEqualTo(1);
  }

  @Test
  void twoHeldAnswersToThePathAtOnceAreBothTimedOut() throws Exception {
    List<Future<String>> answered = call("a", "b");
    List<Future<String>> held = call("held 1", "held 2");
    receive(4);

    List<TimeOut> timingOut = timeOut(2);
    sendAnswers.countDown();

    assertThat(timingOut.get(0).timedOutAWait()).isTrue();
    assertThat(timingOut.get(1).timedOutAWait()).isTrue();

    assertThat(values(answered)).containsExactly("a", "b");
    assertThat(values(held)).allSatisfy(value -> assertThat(value).startsWith("timed out, "));
    assertThat(sockets.timedOut()).isEqualTo(2);
  }

  @Test
  void noWaitingSocketIsNotTimedOut() {
    assertThat(sockets.timeOut("GET", "/items")).isFalse();
    assertThat(sockets.timedOut()).isZero();
  }

  /**
   * Calls {@code timeOut("GET", "/items")} on {@code times} threads, as the server's hook does once
   * per held answer, and returns once each has returned or waits for the other calls' answers.
   */
  private List<TimeOut> timeOut(int times) {
    List<TimeOut> threads = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      TimeOut thread = new TimeOut();
      thread.start();
      threads.add(thread);
    }
    for (TimeOut thread : threads) {
      while (thread.isAlive() && thread.getState() != Thread.State.WAITING) {
        Thread.onSpinWait();
      }
    }
    return threads;
  }

  /** A call of {@code timeOut("GET", "/items")} on its own thread. */
  private final class TimeOut extends Thread {
    private volatile boolean timedOut;

    @Override
    public void run() {
      timedOut = sockets.timeOut("GET", "/items");
    }

    /** Whether it timed out a wait, once it has returned. */
    boolean timedOutAWait() throws InterruptedException {
      join();
      return timedOut;
    }
  }

  /** Starts a call of {@code GET /items?q=<query>} per query; each ends with its answer's body, or says it timed out and the count its client saw then. */
  private List<Future<String>> call(String... queries) {
    List<Future<String>> futures = new ArrayList<>();
    for (String query : queries) {
      futures.add(calls.submit(() -> {
        try (Response response = client.newCall(new Request.Builder().url(server.url("/items?q=" + query)).build()).execute()) {
          return response.body().string();
        } catch (SocketTimeoutException e) {
          return "timed out, " + sockets.timedOut() + " counted";
        }
      }));
    }
    return futures;
  }

  private void receive(int requests) throws InterruptedException {
    for (int i = 0; i < requests; i++) {
      server.takeRequest();
    }
  }

  private static List<String> values(List<Future<String>> futures) throws Exception {
    List<String> values = new ArrayList<>();
    for (Future<String> future : futures) {
      values.add(future.get());
    }
    return values;
  }
}
