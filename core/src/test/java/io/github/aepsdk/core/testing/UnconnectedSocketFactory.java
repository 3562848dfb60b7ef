package io.github.aepsdk.core.testing;

import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * A socket factory for {@code OkHttpClient.Builder.socketFactory} that makes only unconnected
 * sockets ({@link #createSocket()}), the one kind OkHttp asks for; the connecting overloads refuse.
 */
abstract class UnconnectedSocketFactory extends SocketFactory {

  @Override
  public abstract Socket createSocket();

  @Override
  public final Socket createSocket(String host, int port) {
    throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
  }

  @Override
  public final Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
    throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
  }

  @Override
  public final Socket createSocket(InetAddress host, int port) {
    throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
  }

  @Override
  public final Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
    throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
  }
}
