"use server";
// The reader's writes: notes pinned to a page, and the pages opened (reading progress).
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { createReaderNote, deleteReaderNote, editReaderNote } from "@/lib/reader-notes/reader-notes.ts";
import { recordPageViews } from "@/lib/reading-progress/page-views.ts";

export const createNoteAction = defineAction({
  run: async (input) => createReaderNote({ actor: await currentActor(), input }),
  message: "Note pinned.",
});

export const editNoteAction = defineAction({
  run: async (input) => editReaderNote({ actor: await currentActor(), input }),
  message: "Note saved.",
});

export const deleteNoteAction = defineAction({
  run: async (input) => deleteReaderNote({ actor: await currentActor(), input }),
  message: "Note deleted.",
});

export const recordPageViewsAction = defineAction({
  run: async (input) => recordPageViews({ actor: await currentActor(), input }),
});
