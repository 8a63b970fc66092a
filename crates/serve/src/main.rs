//! `cp-serve`: serves a folder the way a CDN serves the widget.
//!
//! - brotli or gzip from the `.br`/`.gz` files written beside each file at
//!   build time (`tools/precompress.mjs`), chosen by `Accept-Encoding`
//!   (tower-http's `ServeDir`), with `Vary: Accept-Encoding` (added here);
//! - `Content-Type` from the extension (`application/wasm` for `.wasm`);
//! - `Cache-Control: public, max-age=31536000, immutable` for content-hashed
//!   names (`name.0123abcd….ext`), `no-cache` for everything else (HTML
//!   above all: it names the hashed files);
//! - the documented `Content-Security-Policy` on every response, and
//!   `X-Content-Type-Options: nosniff`.
//!
//! Usage: `cp-serve [DIR] [--port N] [--bind ADDR]`. Port 0 picks a free
//! port; the first line printed is the address (the browser tests read it).

use axum::extract::Request;
use axum::http::header::{
    HeaderValue, CACHE_CONTROL, CONTENT_SECURITY_POLICY, VARY, X_CONTENT_TYPE_OPTIONS,
};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use tower_http::services::ServeDir;

/// The policy the widget is documented to run under (README, "Embedding").
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// Whether a file name carries a content hash: a dot-separated part of at
/// least 8 lowercase hex digits before the extension (`loader.3f9a01bc.js`).
fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() >= 3
        && parts[1..parts.len() - 1].iter().any(|p| {
            p.len() >= 8
                && p.bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

async fn headers(request: Request, next: Next) -> Response {
    let hashed = is_hashed(request.uri().path());
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // The body depends on Accept-Encoding (ServeDir picks .br/.gz), which a
    // cache between here and the browser must know; ServeDir does not say.
    h.insert(VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(
        CACHE_CONTROL,
        HeaderValue::from_static(if hashed { IMMUTABLE } else { REVALIDATE }),
    );
    response
}

async fn log_request(request: Request, next: Next) -> Response {
    println!("{} {}", request.method(), request.uri().path());
    next.run(request).await
}

/// The service for a folder: files, pre-compressed variants, headers.
pub fn app(dir: PathBuf) -> Router {
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(true);
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(headers))
}

#[derive(Debug)]
struct Args {
    dir: PathBuf,
    addr: SocketAddr,
    /// `--log`: each request's method and path on standard output, one a
    /// line (the browser tests count the requests per file with it).
    log: bool,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut dir = PathBuf::from("www");
    let (mut bind, mut port) = (String::from("127.0.0.1"), 8080u16);
    let mut log = false;
    let mut args = args.peekable();
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--port" => {
                let v = value("--port")?;
                port = v
                    .parse()
                    .map_err(|_| format!("--port {v}: not a port number (0 to 65535)"))?;
            }
            "--bind" => bind = value("--bind")?,
            "--log" => log = true,
            "-h" | "--help" => return Err(String::new()),
            _ if a.starts_with('-') => return Err(format!("unknown option {a}")),
            _ => dir = PathBuf::from(a),
        }
    }
    let addr = format!("{bind}:{port}")
        .parse()
        .map_err(|_| format!("--bind {bind}: not an IP address (e.g. 127.0.0.1)"))?;
    if !dir.is_dir() {
        return Err(format!(
            "{}: no such folder (build it first: make build-web)",
            dir.display()
        ));
    }
    Ok(Args { dir, addr, log })
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("cp-serve: {e}");
            }
            eprintln!("usage: cp-serve [DIR] [--port N] [--bind ADDR] [--log]");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(args.addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cp-serve: cannot listen on {}: {e}", args.addr);
            return ExitCode::from(1);
        }
    };
    let local = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    println!("http://{local}/");
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let mut service = app(args.dir);
    if args.log {
        service = service.layer(middleware::from_fn(log_request));
    }
    match axum::serve(listener, service)
        .with_graceful_shutdown(shutdown)
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cp-serve: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_TYPE};
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    /// A folder with a page, a hashed wasm and their pre-compressed copies.
    fn site() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("cp-serve-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::write(dir.join("index.html"), "<p>page</p>").unwrap();
        std::fs::write(dir.join("pkg/w.0123abcd.wasm"), b"\0asm plain").unwrap();
        std::fs::write(dir.join("pkg/w.0123abcd.wasm.br"), b"brotli bytes").unwrap();
        std::fs::write(dir.join("pkg/w.0123abcd.wasm.gz"), b"gzip bytes").unwrap();
        dir
    }

    async fn get(dir: &std::path::Path, path: &str, encoding: &str) -> Response {
        let request = Request::builder()
            .uri(path)
            .header(ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap();
        app(dir.to_path_buf()).oneshot(request).await.unwrap()
    }

    async fn body(r: Response) -> Vec<u8> {
        r.into_body().collect().await.unwrap().to_bytes().to_vec()
    }

    #[tokio::test]
    async fn serves_like_a_cdn() {
        let dir = site();
        let r = get(&dir, "/pkg/w.0123abcd.wasm", "gzip, deflate, br").await;
        assert_eq!(r.status(), 200);
        let h = r.headers().clone();
        assert_eq!(h[CONTENT_ENCODING], "br");
        assert_eq!(h[CONTENT_TYPE], "application/wasm");
        assert_eq!(h[CACHE_CONTROL], IMMUTABLE);
        assert_eq!(h[CONTENT_SECURITY_POLICY], CSP);
        assert!(h[VARY].to_str().unwrap().contains("accept-encoding"));
        assert_eq!(body(r).await, b"brotli bytes");
        let r = get(&dir, "/pkg/w.0123abcd.wasm", "gzip").await;
        assert_eq!(r.headers()[CONTENT_ENCODING], "gzip");
        assert_eq!(body(r).await, b"gzip bytes");
        let r = get(&dir, "/pkg/w.0123abcd.wasm", "identity").await;
        assert!(r.headers().get(CONTENT_ENCODING).is_none());
        assert_eq!(body(r).await, b"\0asm plain");
        let r = get(&dir, "/", "br").await;
        assert_eq!(r.status(), 200);
        assert_eq!(
            r.headers()[CACHE_CONTROL],
            REVALIDATE,
            "the page is revalidated"
        );
        assert_eq!(r.headers()[CONTENT_SECURITY_POLICY], CSP);
        assert!(r.headers()[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
        assert_eq!(body(r).await, b"<p>page</p>");
        let r = get(&dir, "/missing.js", "br").await;
        assert_eq!(r.status(), 404);
        let r = get(&dir, "/../etc/passwd", "").await;
        assert!(r.status() == 404 || r.status() == 400, "{}", r.status());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn hashed_names() {
        assert!(is_hashed("/pkg/cp_estimator_bg.3f9a01bc.wasm"));
        assert!(is_hashed("cp-funding-estimator.0123456789abcdef.js"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/pkg/cp_estimator_bg.wasm"));
        assert!(!is_hashed("/a.3F9A01BC.js"), "lowercase only");
        assert!(!is_hashed("/3f9a01bc.js"), "the hash is not the name");
        assert!(!is_hashed("/a.3f9a01b.js"), "8 digits at least");
    }

    #[test]
    fn arguments() {
        let a = |v: &[&str]| parse_args(v.iter().map(|s| s.to_string()));
        let tmp = std::env::temp_dir();
        let dir = tmp.to_str().unwrap();
        let ok = a(&[dir, "--port", "0"]).unwrap();
        assert_eq!(ok.addr.to_string(), "127.0.0.1:0");
        assert_eq!(ok.dir, tmp);
        assert!(a(&[dir, "--port", "x"]).unwrap_err().contains("not a port"));
        assert!(a(&[dir, "--bind", "nowhere"])
            .unwrap_err()
            .contains("not an IP"));
        assert!(a(&["no-such-dir"]).unwrap_err().contains("no such folder"));
        assert!(a(&["--frobnicate"]).unwrap_err().contains("unknown option"));
        assert!(!ok.log);
        assert!(a(&[dir, "--log"]).unwrap().log);
    }
}
