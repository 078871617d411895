package metrics

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// WebsocketDialer returns the dialer go-ethereum's rpc client uses for
// ws:// endpoints (rpc.WithWebsocketDialer) with the counting of
// Transport: every connection it makes is read as it goes, the requests
// the client writes counted by method, the errors in the responses by
// method and class (-32005 as a rate limit), and a refused handshake
// (HTTP 429 or another status) as a failure of the connection.
//
// What is not counted: wss:// (the bytes are encrypted below the point
// the dialer can reach with the gorilla/websocket version go-ethereum
// uses; its requests are not counted at all), a message over 8 MiB (a
// request counts as "unknown"; a response as answered), and compressed
// messages (go-ethereum does not negotiate compression). A nil *Metrics
// returns the dialer go-ethereum would use.
func (m *Metrics) WebsocketDialer() websocket.Dialer {
	d := websocket.Dialer{
		// go-ethereum's own settings (rpc/websocket.go).
		ReadBufferSize:   1024,
		WriteBufferSize:  1024,
		WriteBufferPool:  new(sync.Pool),
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: 45 * time.Second,
	}
	if m == nil {
		return d
	}
	d.NetDialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		var nd net.Dialer
		c, err := nd.DialContext(ctx, network, addr)
		if err != nil {
			m.rpcErrors.WithLabelValues("ws_connect", string(ErrTransport)).Inc()
			return nil, err
		}
		return newWSConn(c, m), nil
	}
	return d
}

// wsConn is a client's WebSocket connection read as it goes: what the
// client writes is parsed for requests, what it reads for responses.
type wsConn struct {
	net.Conn
	m       *Metrics
	ids     pending
	out, in wsStream
}

func newWSConn(c net.Conn, m *Metrics) *wsConn {
	w := &wsConn{Conn: c, m: m}
	w.out = wsStream{client: true, onMessage: func(b []byte, tooLarge bool) {
		if tooLarge {
			m.rpcRequests.WithLabelValues("unknown").Inc()
			return
		}
		w.ids.add(m.requests(b))
	}}
	w.in = wsStream{onMessage: func(b []byte, tooLarge bool) {
		if tooLarge {
			m.succeeded()
			return
		}
		m.responses(b, w.ids.take)
	}, onRefused: func(status int) {
		class := ErrHTTPStatus
		if status == http.StatusTooManyRequests {
			class = ErrHTTP429
			m.rpcRateLimited.Inc()
		}
		m.rpcErrors.WithLabelValues("ws_connect", string(class)).Inc()
	}}
	return w
}

// Write implements net.Conn. The bytes are read before they are sent:
// the answer to a request may arrive (on the reading goroutine) as soon as
// they are, and its id must be known by then.
func (w *wsConn) Write(p []byte) (int, error) {
	w.out.feed(p)
	return w.Conn.Write(p)
}

// Read implements net.Conn.
func (w *wsConn) Read(p []byte) (int, error) {
	n, err := w.Conn.Read(p)
	w.in.feed(p[:n])
	return n, err
}

// wsStream parses one direction of a WebSocket connection: first the HTTP
// handshake (header blocks up to the upgrade), then frames (RFC 6455 §5.2),
// reassembling the data messages and handing each to onMessage. Control
// frames are skipped. A stream it cannot parse is given up on (counting
// stops for that direction; the connection itself is not touched).
type wsStream struct {
	client    bool // the client's direction: frames are masked
	onMessage func(msg []byte, tooLarge bool)
	onRefused func(status int) // the server's answer to the upgrade was not 101
	mu        sync.Mutex
	upgraded  bool
	broken    bool
	buf       []byte // unparsed bytes: a header block, or a frame header
	// The frame being read.
	remaining uint64 // payload bytes still to come
	mask      [4]byte
	masked    bool
	maskPos   int
	control   bool
	fin       bool
	// The data message being assembled.
	msg      []byte
	overflow bool
}

func (s *wsStream) feed(p []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(p) > 0 && !s.broken {
		switch {
		case !s.upgraded:
			s.buf = append(s.buf, p...)
			p = nil
			s.handshake()
			if s.upgraded {
				p, s.buf = s.buf, nil
			}
		case s.remaining > 0:
			n := min(uint64(len(p)), s.remaining)
			s.payload(p[:n])
			p = p[n:]
			s.remaining -= n
			if s.remaining == 0 {
				s.frameDone()
			}
		default:
			s.buf = append(s.buf, p...)
			p = nil
			rest, ok := s.header()
			if ok {
				p, s.buf = rest, nil
			}
		}
	}
}

// handshake consumes complete HTTP header blocks from s.buf until the one
// that upgrades the connection.
func (s *wsStream) handshake() {
	for !s.upgraded {
		end := bytes.Index(s.buf, []byte("\r\n\r\n"))
		if end < 0 {
			if len(s.buf) > 64<<10 {
				s.broken = true
			}
			return
		}
		block := bytes.ToLower(s.buf[:end])
		s.buf = s.buf[end+4:]
		if s.client {
			s.upgraded = bytes.Contains(block, []byte("\r\nupgrade: websocket"))
			continue
		}
		var major, minor, status int
		if _, err := fmt.Sscanf(string(block), "http/%d.%d %d", &major, &minor, &status); err != nil {
			s.broken = true
			return
		}
		switch {
		case status == http.StatusSwitchingProtocols:
			s.upgraded = true
		case status >= 200 && s.onRefused != nil:
			// Not an upgrade, and not a proxy's 1xx either: the server
			// refused the connection.
			s.onRefused(status)
			s.broken = true
			return
		}
	}
}

// header parses a frame header from s.buf and returns the bytes after it;
// ok is false while the header is incomplete.
func (s *wsStream) header() (rest []byte, ok bool) {
	b := s.buf
	if len(b) < 2 {
		return nil, false
	}
	s.fin = b[0]&0x80 != 0
	opcode := b[0] & 0x0f
	s.masked = b[1]&0x80 != 0
	size := uint64(b[1] & 0x7f)
	n := 2
	switch size {
	case 126:
		if len(b) < n+2 {
			return nil, false
		}
		size = uint64(binary.BigEndian.Uint16(b[n:]))
		n += 2
	case 127:
		if len(b) < n+8 {
			return nil, false
		}
		size = binary.BigEndian.Uint64(b[n:])
		n += 8
	}
	if s.masked {
		if len(b) < n+4 {
			return nil, false
		}
		copy(s.mask[:], b[n:n+4])
		n += 4
	}
	s.maskPos = 0
	s.control = opcode >= 8
	if !s.control {
		if opcode != 0 { // text or binary: a new message
			s.msg, s.overflow = s.msg[:0], false
		}
	}
	s.remaining = size
	rest = b[n:]
	if size == 0 {
		s.frameDone()
	}
	return rest, true
}

// payload takes bytes of the current frame's payload.
func (s *wsStream) payload(p []byte) {
	if s.control || s.overflow {
		return
	}
	if len(s.msg)+len(p) > maxInspect {
		s.overflow, s.msg = true, s.msg[:0]
		return
	}
	start := len(s.msg)
	s.msg = append(s.msg, p...)
	if s.masked {
		for i := start; i < len(s.msg); i++ {
			s.msg[i] ^= s.mask[s.maskPos&3]
			s.maskPos++
		}
	}
}

// frameDone ends the current frame; a final data frame completes a
// message.
func (s *wsStream) frameDone() {
	if s.control || !s.fin {
		return
	}
	if s.overflow {
		// Too large to parse: a request counts as unknown, a response as
		// answered (see maxInspect).
		s.onMessage(nil, true)
	} else if len(s.msg) > 0 {
		s.onMessage(bytes.Clone(s.msg), false)
	}
	s.msg, s.overflow = s.msg[:0], false
}
