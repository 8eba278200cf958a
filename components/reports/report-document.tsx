import type { PeriodReport } from '@/lib/reports/period-report';

/**
 * The periodic report as a printable page, laid out like the Word file (same model): letterhead,
 * title, targets table, task groups, shortcomings, recipients and signature. Always Vietnamese.
 */
export function ReportDocument({ report: r }: { report: PeriodReport }) {
  return (
    <article
      lang="vi"
      className="report-document mx-auto max-w-[210mm] bg-white p-4 font-serif text-[15px] leading-relaxed text-black sm:p-10 print:p-0"
      data-testid="report-document"
    >
      <div className="grid grid-cols-[45%_55%] text-center text-[13px] leading-snug">
        <div>
          <p>{r.letterhead.superior}</p>
          <p className="font-bold">{r.letterhead.issuer}</p>
          <p>*</p>
          <p className="whitespace-pre">{r.letterhead.numberLine}</p>
        </div>
        <div>
          <p className="font-bold underline underline-offset-4">{r.letterhead.motto}</p>
          <p className="mt-3 italic">{r.letterhead.placeDate}</p>
        </div>
      </div>
      <h1 className="mt-6 text-center font-bold">
        {r.title}
        {r.subtitle.split('\n').map((s) => (
          <span key={s} className="block">
            {s}
          </span>
        ))}
      </h1>
      <p className="text-center">-----</p>
      <p className="mt-3 indent-8 text-justify">{r.intro}</p>
      <p className="indent-8 text-justify" data-testid="report-cutoff">
        {r.cutoffLine}
      </p>

      <h2 className="mt-4 font-bold">{r.targetsHeading}</h2>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full border-collapse text-[13px]" data-testid="report-targets">
          <thead>
            <tr>
              {r.targets.headers.map((h) => (
                <th key={h} scope="col" className="border border-black p-1 text-center">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          {r.targets.sections.map((section) => (
            <tbody key={section.title}>
              <tr>
                <th colSpan={6} scope="colgroup" className="border border-black p-1 text-left">
                  {section.title}
                </th>
              </tr>
              {section.rows.map((row) => (
                <tr key={`${section.title}-${row.no}`} className="break-inside-avoid">
                  <td className="border border-black p-1 text-center">{row.no}</td>
                  <td className="border border-black p-1">{row.name}</td>
                  <td className="border border-black p-1">{row.bound}</td>
                  <td className="border border-black p-1">{row.result}</td>
                  <td className="border border-black p-1">{row.comparison}</td>
                  <td className="border border-black p-1 font-bold">{row.assessment}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="mt-2 font-bold" data-testid="report-summary-line">
        {r.summaryLine}
      </p>
      <p className="indent-8 text-justify">{r.targetsSummary}</p>

      <h2 className="mt-4 font-bold">{r.tasksHeading}</h2>
      {r.groups.map((g) => (
        <section key={g.heading} className="mt-2">
          <h3 className="text-justify font-bold">{g.heading}</h3>
          <p className="indent-8">{g.progress}</p>
          <ul>
            {g.tasks.map((task) => (
              <li key={task} className="indent-8 text-justify">
                - {task}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2 className="mt-4 font-bold">{r.shortcomingsHeading}</h2>
      <ul>
        {r.shortcomings.map((item) => (
          <li key={item.text} className="indent-8 text-justify">
            - {item.text}
            {item.items ? (
              <ul>
                {item.items.map((sub) => (
                  <li key={sub} className="indent-8">
                    + {sub}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>

      <div className="mt-6 grid grid-cols-2 gap-4 break-inside-avoid">
        <div className="text-[13px]">
          <p className="font-bold italic">Nơi nhận:</p>
          <ul>
            {r.recipients.map((x) => (
              <li key={x}>- {x}</li>
            ))}
          </ul>
        </div>
        <div className="text-center font-bold">
          <p>{r.signature.signedFor}</p>
          <p>{r.signature.title}</p>
          <p className="mt-16">{r.signature.name}</p>
        </div>
      </div>
    </article>
  );
}
