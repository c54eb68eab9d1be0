// Times on the booth's and the workspace's lead pages: in the event's zone and naming it
// (components/staff-time.ts), so two phones show the same text.
import { staffTime } from "../staff-time";

export const formatTime = (d: Date, timeZone: string) => staffTime(d, timeZone, { time: "medium" });
