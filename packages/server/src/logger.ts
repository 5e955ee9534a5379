import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

/** Structured JSON logs on stdout (or a given stream, for tests); secrets are redacted by path. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "telltale" },
    redact: { paths: ["req.headers.authorization", "key", "secret"], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}
