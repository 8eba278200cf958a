// Where next.config.js sends a request whose body Next should never read (see `rewrites` there):
// a declared length over the body limit (413), or a body of undeclared length (411; browsers
// always declare the length of a form or a server action). Nothing here reads the body: the
// answer goes out at once and the client, told, stops sending. (No `Connection: close`: closing
// while the client still writes resets the connection, and a client then often loses the answer;
// one that keeps sending anyway has the rest read and dropped by Node, never kept.)
function refuse(request: Request): Response {
  const undeclared = request.headers.get('content-length') === null;
  return new Response(undeclared ? 'Yêu cầu phải khai báo độ dài nội dung.' : 'Nội dung gửi lên quá lớn.', {
    status: undeclared ? 411 : 413,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export { refuse as GET, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
