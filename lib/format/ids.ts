import { z } from "zod";

const uuid = z.uuid();

/** Whether a value from a URL or form is a real UUID (anything else is "not found"). */
export const isUuid = (value: unknown): value is string => uuid.safeParse(value).success;
