package io.github.aepsdk.core.testing;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A socket factory (for {@code OkHttpClient.Builder.socketFactory}) whose sockets can be made to
 * time out, at once, while they wait for the answer to a request: {@link #timeOut(String, String)}
 * ends that wait with the {@link SocketTimeoutException} a read timeout throws. Tests of an answer
 * the server holds back after acting use it instead of a short read timeout, which a slow machine
 * can also hit on a normal answer: the test decides which answer is lost, the clock does not.
 *
 * <p>Each socket remembers the request line of the HTTP/1.1 request it sent last until the answer's
 * first bytes arrive; that is the request it waits for.
 */
public final class TimingOutSocketFactory extends UnconnectedSocketFactory {
  private final Set<WaitingSocket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger timedOut = new AtomicInteger();
  /** The calls of {@link #timeOut} under way, by request (method and path); guarded by this factory. */
  private final Map<String, Integer> timingOut = new HashMap<>();

  /**
   * Times out a socket that sent {@code method} {@code path} (the encoded path, without the query)
   * and waits for its answer: its read throws {@link SocketTimeoutException} now, or as soon as it
   * starts. Returns whether such a socket was waiting.
   *
   * <p>Two calls of a client at once can send the same method and path (two creates in one
   * collection, one list with two queries), and only their answers tell them apart. So while more
   * sockets wait for such a request than calls of this method for it are under way, this waits: the
   * answers of the others are on their way and end their waits, and the sockets left are those whose
   * answer the callers hold back. Call it only for a request sent through this factory's sockets whose
   * answer is held back until the client gives up, as {@code Chaos.Kind.TIMEOUT_AFTER_ACTING} does:
   * a call for an answer the server is about to send, or for another client's request, can end the
   * wait of a socket whose answer is not held.
   */
  public boolean timeOut(String method, String path) {
    String request = method + " " + path;
    synchronized (this) {
      timingOut.merge(request, 1, Integer::sum);
      try {
        while (true) {
          List<WaitingSocket> waiting = open.stream().filter(socket -> socket.waitsFor(request)).collect(Collectors.toList());
          if (waiting.size() <= timingOut.get(request)) {
            for (WaitingSocket socket : waiting) {
              if (socket.timeOutWaitFor(request)) {
                return true;
              }
            }
            if (waiting.isEmpty()) {
              return false;
            }
          } else {
            wait(); // until a socket stops waiting or another call for the request starts
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } finally {
        timingOut.merge(request, -1, (calls, one) -> calls + one == 0 ? null : calls + one);
        notifyAll();
      }
    }
  }

  /** Wakes the calls of {@link #timeOut} waiting for a socket to stop waiting. */
  private synchronized void waitEnded() {
    notifyAll();
  }

  /** How many waits for an answer were timed out. */
  public int timedOut() {
    return timedOut.get();
  }

  @Override
  public Socket createSocket() {
    return new WaitingSocket();
  }

  /** A socket that knows the request it waits an answer for, and can stop waiting as a read timeout does. */
  private final class WaitingSocket extends Socket {
    private final StringBuilder requestLine = new StringBuilder();
    /** The request line of the request sent and not answered yet; null when no answer is awaited. */
    private String waitingFor;
    /** Whether the next bytes written start a request. */
    private boolean requestStarts = true;
    private boolean timedOutWait;
    private InputStream in;
    private OutputStream out;

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      super.connect(endpoint, timeout);
      open.add(this);
    }

    @Override
    public void close() throws IOException {
      synchronized (this) {
        open.remove(this);
        super.close();
      }
      waitEnded();
    }

    /** Whether this socket waits for the answer to {@code methodAndPath} and has not been timed out. */
    synchronized boolean waitsFor(String methodAndPath) {
      if (timedOutWait || waitingFor == null || !waitingFor.startsWith(methodAndPath)) {
        return false;
      }
      char next = waitingFor.length() > methodAndPath.length() ? waitingFor.charAt(methodAndPath.length()) : ' ';
      return next == ' ' || next == '?';
    }

    synchronized boolean timeOutWaitFor(String methodAndPath) {
      if (!waitsFor(methodAndPath)) {
        return false;
      }
      timedOutWait = true;
      // counted before the read is ended: the client may go on, and its test read the count, before this thread runs again
      timedOut.incrementAndGet();
      try {
        shutdownInput(); // a read blocked on the answer returns now; the flag turns it into a timeout
      } catch (IOException e) {
        // already closed: the next read fails on the flag
      }
      return true;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
      if (in == null) {
        in = new FilterInputStream(super.getInputStream()) {
          @Override
          public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n == -1 ? -1 : one[0] & 0xff;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            failIfTimedOut(null);
            int n;
            try {
              n = super.read(b, off, len);
            } catch (IOException e) {
              failIfTimedOut(e);
              throw e;
            }
            failIfTimedOut(null);
            if (answered(n)) {
              waitEnded();
            }
            return n;
          }
        };
      }
      return in;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
      if (out == null) {
        out = new FilterOutputStream(super.getOutputStream()) {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            sent(b, off, len);
            super.out.write(b, off, len);
          }
        };
      }
      return out;
    }

    private synchronized void failIfTimedOut(IOException cause) throws SocketTimeoutException {
      if (timedOutWait) {
        SocketTimeoutException timeout = new SocketTimeoutException("Read timed out");
        if (cause != null) {
          timeout.addSuppressed(cause);
        }
        throw timeout;
      }
    }

    /** Notes the answer's bytes; returns whether they end a wait for an answer. */
    private synchronized boolean answered(int bytes) {
      if (bytes <= 0) {
        return false;
      }
      boolean waited = waitingFor != null;
      waitingFor = null;
      requestStarts = true;
      return waited;
    }

    private synchronized void sent(byte[] b, int off, int len) {
      if (requestStarts) {
        requestStarts = false;
        waitingFor = null;
        requestLine.setLength(0);
      }
      if (waitingFor != null) {
        return; // the rest of the request: headers and body
      }
      requestLine.append(new String(b, off, len, StandardCharsets.ISO_8859_1));
      int end = requestLine.indexOf("\r\n");
      if (end >= 0) {
        waitingFor = requestLine.substring(0, end);
      }
    }
  }
}
