import { z } from "zod";

export const similarPairInput = z
  .object({
    specialtyCode: z.string("Choose a specialty.").trim().min(1, "Choose a specialty.").max(20),
    similarCode: z.string("Choose the similar specialty.").trim().min(1, "Choose the similar specialty.").max(20),
  })
  .refine((pair) => pair.specialtyCode !== pair.similarCode, {
    path: ["similarCode"],
    message: "Choose two different specialties.",
  });

/** A pair is stored both ways: A ~ B and B ~ A. */
export const bothWays = ({ specialtyCode, similarCode }: { specialtyCode: string; similarCode: string }) => [
  { specialtyCode, similarCode },
  { specialtyCode: similarCode, similarCode: specialtyCode },
];
