package org.psarchive.web.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The request as the application sees it once its body has been read into memory by {@link BodyRead}. */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private volatile byte[] body = new byte[0];
    private volatile int length;

    BufferedBodyRequest(HttpServletRequest request) {
        super(request);
    }

    /** Set once, before the request is dispatched to the application. */
    void body(byte[] bytes, int size) {
        this.body = bytes;
        this.length = size;
    }

    @Override
    public int getContentLength() {
        return length;
    }

    @Override
    public long getContentLengthLong() {
        return length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body, 0, length);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                return bytes.read(buffer, offset, count);
            }

            @Override
            public int available() {
                return bytes.available();
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body has already been read");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws UnsupportedEncodingException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : charset(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private static Charset charset(String name) throws UnsupportedEncodingException {
        try {
            return Charset.forName(Objects.requireNonNull(name));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(name);
        }
    }
}
