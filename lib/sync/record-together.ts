// The server's group commit: one per process, written on the writer thread (docs/decisions/013).
import { groupCommit } from "./group-commit";
import { threadWriter } from "./writer-thread";

export const recordTogether = groupCommit(threadWriter());
