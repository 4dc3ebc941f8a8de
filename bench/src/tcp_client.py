#!/usr/bin/env python3
"""TCP echo benchmark client for bench/tcp.sh.

  tcp_client.py bulk HOST PORT MEGABYTES   send MEGABYTES MiB while reading the echo back on
                                            another thread; prints "bulk BYTES SECONDS MBITS"
  tcp_client.py rr HOST PORT SIZE SECONDS  SIZE-byte ping-pong on one connection (TCP_NODELAY)
                                            for SECONDS; prints "rr SIZE COUNT SECONDS TPS"

Mbit/s is one way: bytes sent (= bytes echoed back) * 8 / wall time from connect to the last
echoed byte. Exits non-zero if the echo is short or differs (SHA-256 of the stream).
"""
import hashlib
import socket
import sys
import threading
import time

TIMEOUT = 60


def connect(host, port):
    s = socket.create_connection((host, port), timeout=TIMEOUT)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def bulk(host, port, megabytes):
    block = bytes(range(256)) * 256  # 64 KiB, a known pattern
    total = megabytes << 20
    # The expected digest, computed before the clock starts; the echo is hashed as it comes.
    expected = hashlib.sha256()
    for _ in range(total // len(block)):
        expected.update(block)
    expected.update(block[:total % len(block)])
    s = connect(host, port)
    errors = []

    def send():
        try:
            view = memoryview(block)
            left = total
            while left:
                n = min(left, len(block))
                s.sendall(view[:n])
                left -= n
            s.shutdown(socket.SHUT_WR)
        except OSError as e:
            errors.append(e)

    start = time.perf_counter()
    sender = threading.Thread(target=send)
    sender.start()
    digest = hashlib.sha256()
    buf = bytearray(256 * 1024)
    view = memoryview(buf)
    got = 0
    while True:
        n = s.recv_into(buf)
        if not n:
            break
        digest.update(view[:n])
        got += n
    elapsed = time.perf_counter() - start
    sender.join()
    s.close()
    bad = digest.digest() != expected.digest()
    if errors or got != total or bad:
        print("bulk FAILED: got %d of %d bytes%s%s" % (got, total, ", SHA-256 differs" if bad
              else "", ", " + str(errors[0]) if errors else ""))
        sys.exit(1)
    print("bulk %d %.6f %.1f" % (total, elapsed, total * 8 / elapsed / 1e6))


def rr(host, port, size, seconds):
    s = connect(host, port)
    message = b"x" * size
    buf = bytearray(size)
    count = 0
    start = time.perf_counter()
    deadline = start + seconds
    now = start
    while now < deadline:
        s.sendall(message)
        got = 0
        while got < size:
            n = s.recv_into(memoryview(buf)[got:])
            if not n:
                print("rr FAILED: connection closed after %d transactions" % count)
                sys.exit(1)
            got += n
        count += 1
        if count % 64 == 0 or seconds <= 0:
            now = time.perf_counter()
    elapsed = time.perf_counter() - start
    s.close()
    if buf != bytearray(message):
        print("rr FAILED: echo differs")
        sys.exit(1)
    print("rr %d %d %.6f %.0f" % (size, count, elapsed, count / elapsed))


def main(argv):
    if len(argv) == 5 and argv[1] == "bulk":
        bulk(argv[2], int(argv[3]), int(argv[4]))
    elif len(argv) == 6 and argv[1] == "rr":
        rr(argv[2], int(argv[3]), int(argv[4]), float(argv[5]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
