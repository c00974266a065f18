// The case of the published sample final determination, as a LetterModel, for the letter tests.
export * from "@/tools/letter/sample-model.ts";
