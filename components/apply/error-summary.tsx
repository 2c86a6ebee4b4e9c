/** The list of what to correct, first in the form; each item links to its field. Announced when shown. */
export function ErrorSummary({ title, items }: { title: string; items: { href: string | null; text: string }[] }) {
  return (
    <div id="errors" role="alert" tabIndex={-1} aria-labelledby="errors-title" className="rounded-xl border-2 border-red-700 p-4">
      <h2 id="errors-title" className="font-black text-red-700">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {items.map((item, index) => (
          <li key={index}>{item.href ? <a href={item.href} className="underline">{item.text}</a> : item.text}</li>
        ))}
      </ul>
    </div>
  );
}
