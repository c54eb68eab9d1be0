import type { DeviceSummary } from "@/lib/devices/devices";
import type { FormAction } from "@/lib/errors";
import { RevokeDevice } from "./revoke-device";
import { staffTime } from "@/components/staff-time";

export function DeviceList({
  eventId,
  partnerId,
  devices,
  revoke,
  timeZone,
}: {
  eventId: number;
  partnerId: number;
  devices: DeviceSummary[];
  revoke: FormAction<void>;
  timeZone: string;
}) {
  const when = (d: Date | null) => (d ? staffTime(d, timeZone, { date: "short" }) : "never");
  if (devices.length === 0) return <p className="muted" data-testid="no-devices">No phone is paired with this booth yet. Create a pairing link below.</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Paired</th>
            <th scope="col">Last seen</th>
            <th scope="col">Scans</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.id}>
              <td>{d.name}</td>
              <td>{when(d.pairedAt)}</td>
              <td>{when(d.lastSeenAt)}</td>
              <td>{d.scans}</td>
              <td>
                {d.revokedAt ? (
                  <span className="muted">Revoked {when(d.revokedAt)}</span>
                ) : (
                  <RevokeDevice eventId={eventId} partnerId={partnerId} device={d} action={revoke} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
