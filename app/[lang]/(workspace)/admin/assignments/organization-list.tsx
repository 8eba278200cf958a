import type { AssignedOrganization, AssignmentRole } from '@/db/access/assignments';

/** The organizations of one role, by name with the code for screen readers and print. */
export function OrganizationList({
  organizations,
  role,
  none,
}: {
  organizations: AssignedOrganization[];
  role: AssignmentRole;
  none: string;
}) {
  const list = organizations.filter((o) => o.role === role);
  if (list.length === 0) return <span className="text-stone-500">{none}</span>;
  return (
    <ul className="space-y-0.5">
      {list.map((o) => (
        <li key={o.organizationId}>
          {o.name} <span className="text-stone-500">({o.code})</span>
        </li>
      ))}
    </ul>
  );
}
