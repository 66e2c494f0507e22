const NULL_BODY = new Set([101, 204, 205, 304]);

function headersOf(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/**
 * A fetch (for one call's `fetch` option) that reports upload progress, which fetch itself cannot:
 * it sends the request with XMLHttpRequest. Browsers only.
 *
 * @example
 * await unwrap(api.PUT('/api/v1/profile/resume', {
 *   body: { file }, bodySerializer: asFormData, fetch: progressFetch((percent) => setProgress(percent)),
 * }));
 */
export function progressFetch(onProgress: (percent: number) => void): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      xhr.withCredentials = request.credentials !== 'omit';
      xhr.responseType = 'blob';
      request.headers.forEach((value, name) => {
        xhr.setRequestHeader(name, value);
      });
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
      };
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
      request.signal.addEventListener('abort', () => xhr.abort());
      xhr.onload = () => {
        const init = {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: headersOf(xhr.getAllResponseHeaders()),
        };
        resolve(new Response(NULL_BODY.has(xhr.status) ? null : (xhr.response as Blob), init));
      };
      xhr.send(body);
    });
  };
}
