package localnet

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"
)

// Proxy is a TCP proxy on 127.0.0.1 in front of one target address (an
// Anvil node), so that a test can break the connections of the agents
// that go through it: Cut closes every live connection at once, as a
// node restart or a network failure would; Pause also refuses new
// connections (the port is closed, so a dial is refused) until Resume.
// It forwards bytes unchanged, so it carries HTTP and WebSocket alike.
type Proxy struct {
	target string
	addr   string // 127.0.0.1:PORT, the same for the proxy's whole life

	mu       sync.Mutex
	ln       net.Listener // nil while paused or closed
	conns    map[*link]struct{}
	accepted int
	closed   bool
	wg       sync.WaitGroup
}

// link is one proxied connection: the client's end and the target's.
type link struct {
	client, upstream net.Conn
	once             sync.Once
}

func (l *link) close() {
	l.once.Do(func() {
		_ = l.client.Close()
		_ = l.upstream.Close()
	})
}

// NewProxy listens on a free port of 127.0.0.1 and forwards every
// connection to target (host:port, e.g. "127.0.0.1:8545"). Close stops it.
func NewProxy(target string) (*Proxy, error) {
	if h, _, err := net.SplitHostPort(target); err != nil || h != "127.0.0.1" {
		return nil, fmt.Errorf("localnet: proxy target %q: want 127.0.0.1:PORT", target)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &Proxy{target: target, addr: ln.Addr().String(), conns: map[*link]struct{}{}}
	p.serve(ln)
	return p, nil
}

// NewProxy returns a Proxy in front of the net's Anvil node.
func (n *Net) NewProxy() (*Proxy, error) {
	return NewProxy(strings.TrimPrefix(n.RPC, "http://"))
}

// Addr returns the proxy's address, 127.0.0.1:PORT.
func (p *Proxy) Addr() string { return p.addr }

// URL returns the proxy's WebSocket endpoint, ws://127.0.0.1:PORT, for an
// agent's RPC_URL.
func (p *Proxy) URL() string { return "ws://" + p.addr }

// HTTP returns the proxy's HTTP endpoint, http://127.0.0.1:PORT.
func (p *Proxy) HTTP() string { return "http://" + p.addr }

// serve accepts on ln until it is closed. The caller holds no lock.
func (p *Proxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return // closed by Pause or Close
			}
			p.wg.Add(1)
			go p.forward(c)
		}
	}()
}

// forward connects c to the target and copies both ways until either end
// closes or the link is cut.
func (p *Proxy) forward(c net.Conn) {
	defer p.wg.Done()
	up, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		_ = c.Close()
		return
	}
	l := &link{client: c, upstream: up}
	p.mu.Lock()
	if p.closed || p.ln == nil {
		// Paused or closed between Accept and here: refuse.
		p.mu.Unlock()
		l.close()
		return
	}
	p.conns[l] = struct{}{}
	p.accepted++
	p.mu.Unlock()
	done := make(chan struct{}, 2)
	pipe := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		done <- struct{}{}
	}
	go pipe(up, c)
	go pipe(c, up)
	<-done
	l.close()
	<-done
	p.mu.Lock()
	delete(p.conns, l)
	p.mu.Unlock()
}

// Cut closes every live connection through the proxy, both ends, and
// returns how many there were. New connections are accepted as before.
func (p *Proxy) Cut() int {
	p.mu.Lock()
	links := make([]*link, 0, len(p.conns))
	for l := range p.conns {
		links = append(links, l)
		delete(p.conns, l)
	}
	p.mu.Unlock()
	for _, l := range links {
		l.close()
	}
	return len(links)
}

// Pause cuts every live connection and closes the port, so that new
// connections are refused, until Resume. It returns how many connections
// it cut.
func (p *Proxy) Pause() int {
	p.mu.Lock()
	ln := p.ln
	p.ln = nil
	p.mu.Unlock()
	if ln != nil {
		_ = ln.Close()
	}
	return p.Cut()
}

// Resume listens again on the proxy's address after Pause. Resuming a
// proxy that is not paused does nothing.
func (p *Proxy) Resume() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return errors.New("localnet: proxy closed")
	}
	running := p.ln != nil
	p.mu.Unlock()
	if running {
		return nil
	}
	// The port was ours a moment ago; Go listeners set SO_REUSEADDR, so
	// only another process taking it in between can make this fail.
	var err error
	for range 50 {
		var ln net.Listener
		if ln, err = net.Listen("tcp", p.addr); err == nil {
			p.serve(ln)
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("localnet: proxy cannot listen on %s again: %w", p.addr, err)
}

// Live returns how many connections are open through the proxy.
func (p *Proxy) Live() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.conns)
}

// Accepted returns how many connections the proxy has forwarded in all.
func (p *Proxy) Accepted() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.accepted
}

// Close stops the proxy: the port is closed and every connection cut. It
// waits for the proxy's goroutines to end.
func (p *Proxy) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	p.mu.Unlock()
	p.Pause()
	p.wg.Wait()
	return nil
}
