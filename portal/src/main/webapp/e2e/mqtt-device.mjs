// A locker's controller for a browser scenario, with as little of MQTT 3.1.1 as that needs: CONNECT
// with a last will, PUBLISH at QoS 0, and losing the connection without DISCONNECT, so that the broker
// publishes the will for it as it does when a real controller loses power or network.
import net from 'node:net'

const text = s => {
  const bytes = Buffer.from(s, 'utf8')
  const length = Buffer.alloc(2)
  length.writeUInt16BE(bytes.length)
  return Buffer.concat([length, bytes])
}

function packet(type, body) {
  const length = []
  let n = body.length
  do {
    let digit = n % 128
    n = Math.floor(n / 128)
    if (n > 0) digit |= 0x80
    length.push(digit)
  } while (n > 0)
  return Buffer.concat([Buffer.from([type, ...length]), body])
}

/** Connects as device `id` (its own broker password) and answers with say(body) and drop(). */
export async function mqttDevice({ host = '127.0.0.1', port, id, secret }) {
  const status = `yizhan/lockers/${id}/status`
  const socket = net.connect(port, host)
  await new Promise((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject) })
  // username, password, will QoS 1, will, clean session; keep-alive 0: a scenario lasts less than a ping
  const flags = 0x80 | 0x40 | 0x08 | 0x04 | 0x02
  socket.write(packet(0x10, Buffer.concat([text('MQTT'), Buffer.from([4, flags, 0, 0]),
    text(id), text(status), text(JSON.stringify({ online: false })), text(id), text(secret)])))
  const ack = await new Promise((resolve, reject) => {
    socket.once('data', resolve)
    socket.once('error', reject)
    socket.once('close', () => reject(new Error(`the broker closed the connection of ${id} before its CONNACK`)))
  })
  if (ack[0] !== 0x20 || ack[3] !== 0) {
    socket.destroy()
    throw new Error(`the broker refused ${id}: CONNACK return code ${ack[3]}`)
  }
  return {
    say(body) {
      socket.write(packet(0x30, Buffer.concat([text(status), Buffer.from(JSON.stringify(body), 'utf8')])))
    },
    drop() {
      socket.destroy()
    },
  }
}
