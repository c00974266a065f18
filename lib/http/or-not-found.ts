// For pages: a record the use case reports as not found (absent or out of the actor's
// reach) becomes the 404 page; any other error goes on to the error page.
import { notFound } from "next/navigation";
import { AppError } from "../errors.ts";

export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
