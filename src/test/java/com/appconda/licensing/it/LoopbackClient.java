package com.appconda.licensing.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 requests sent from another loopback address (127.0.0.N on Linux), so that the server sees a client
 * address of the test's own: the integration test classes share one server and all come from 127.0.0.1, and a test
 * that drives a per-address limit must not use up theirs. java.net.http cannot choose the local address on Java 17,
 * hence a socket: one request per connection ({@code Connection: close}), the answer read to the end.
 */
public final class LoopbackClient {

    private final InetAddress local;
    private final URL deployment;

    private LoopbackClient(InetAddress local, URL deployment) {
        this.local = local;
        this.deployment = deployment;
    }

    /** A client at {@code localAddress}, such as "127.0.0.21", of the deployment at {@code deployment}. */
    public static LoopbackClient at(String localAddress, URL deployment) {
        try {
            return new LoopbackClient(InetAddress.getByName(localAddress), deployment);
        } catch (IOException e) {
            throw new UncheckedIOException(localAddress, e);
        }
    }

    /** A request to a path below the deployment ("api/v1/vendor", "login.xhtml") with header name/value pairs. */
    public Reply send(String method, String path, String contentType, String body, String... headers) {
        String target = deployment.getPath() + path;
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:")
                .append(deployment.getPort())
                .append("\r\nConnection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: ")
                    .append(contentType)
                    .append("\r\nContent-Length: ")
                    .append(content.length);
            head.append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = Arrays.copyOf(headBytes, headBytes.length + content.length);
        System.arraycopy(content, 0, whole, headBytes.length, content.length);
        String request = method + " " + target;
        return sendRaw(request, whole)
                .orElseThrow(() -> new UncheckedIOException(
                        new IOException("no answer to " + request + " from " + local.getHostAddress())));
    }

    /**
     * Bytes sent as they are, for requests that java.net.http will not write (a header with control characters, a
     * malformed request line). Empty when the server closed the connection without an answer, which is how a server
     * may refuse a request it cannot read.
     */
    public Optional<Reply> sendRaw(String description, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), deployment.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput(); // a request that announced more than it sent ends here, not at a timeout
            } catch (IOException closedWhileWriting) {
                return Optional.empty();
            }
            byte[] answer = socket.getInputStream().readAllBytes();
            return answer.length == 0
                    ? Optional.empty()
                    : Optional.of(parse(description + " from " + local.getHostAddress(), answer));
        } catch (SocketException reset) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(description, e);
        }
    }

    /** The path of the deployment ("/" or "/applicensing/"), which raw requests start from. */
    public String deploymentPath() {
        return deployment.getPath();
    }

    private static Reply parse(String request, byte[] raw) throws IOException {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no HTTP answer to " + request + ": " + all);
        }
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        HttpHeaders parsed = HttpHeaders.of(headers, (name, value) -> true);
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = parsed.firstValue("Transfer-Encoding")
                .map(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))
                .orElse(false);
        return new Reply(request, status, parsed, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(body);
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("chunked body ends early");
                }
                size.append((char) c);
            }
            int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.skip(2);
        }
    }
}
