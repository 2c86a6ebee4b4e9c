import { redirect } from "next/navigation";

// The admin home is the postings table.
export default function AdminHome(): never {
  redirect("/admin/postings");
}
