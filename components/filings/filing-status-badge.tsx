import { Badge } from "@/components/ui/badge.tsx";

const STATUS = {
  PENDING: ["Waiting", "amber"],
  ACCEPTED: ["Accepted", "green"],
  REJECTED: ["Rejected", "red"],
} as const;

export function FilingStatusBadge({ status }: { status: keyof typeof STATUS }) {
  const [label, tone] = STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
