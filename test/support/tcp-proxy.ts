// A TCP proxy in front of the real Postgres, so a test can take the database away from one
// backend process (and give it back) without touching the server every other suite uses.
import net from "node:net"

export interface TcpProxy {
  port: number
  /** Cuts every open connection and refuses new ones, as a crashed database would. */
  down(): void
  /** Accepts and forwards again. */
  up(): void
  /** Holds client bytes (a slow database) until `resume`. */
  pause(): void
  resume(): void
  close(): Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>()
  const held: (() => void)[] = []
  let refusing = false
  let paused = false
  const server = net.createServer((client) => {
    if (refusing) return client.destroy()
    const upstream = net.connect(target)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on("close", () => sockets.delete(socket))
      socket.on("error", () => {})
    }
    client.on("data", (chunk) => {
      if (paused) held.push(() => upstream.write(chunk))
      else upstream.write(chunk)
    })
    upstream.pipe(client)
    client.on("close", () => upstream.destroy())
    upstream.on("close", () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    down() {
      refusing = true
      for (const socket of sockets) socket.destroy()
    },
    up() {
      refusing = false
    },
    pause() {
      paused = true
    },
    resume() {
      paused = false
      for (const write of held.splice(0)) write()
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
