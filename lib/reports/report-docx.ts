import 'server-only';
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { PeriodReport } from './period-report';

/** The Word document's media type, for the routes that send it. */
export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// A4 in the layout of Party documents: Times New Roman, left margin 30 mm, right 15 mm.
const font = 'Times New Roman';
const size = 28; // half-points: 14 pt
const small = 24; // 12 pt, for the table and the recipients
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const gridBorders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

type RunOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };

function run(text: string, o: RunOptions = {}): TextRun {
  return new TextRun({
    text,
    font,
    size: o.size ?? size,
    bold: o.bold,
    italics: o.italics,
    underline: o.underline ? {} : undefined,
  });
}

function para(text: string, o: RunOptions & Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  const { bold, italics, underline, size: s, ...rest } = o;
  return new Paragraph({
    spacing: { after: 80, line: 300 },
    ...rest,
    children: [run(text, { bold, italics, underline, size: s })],
  });
}

function centred(text: string, o: RunOptions = {}): Paragraph {
  return para(text, { ...o, alignment: AlignmentType.CENTER, spacing: { after: 0 } });
}

function cell(children: Paragraph[], width: number, borders = noBorders): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    borders,
    verticalAlign: VerticalAlign.TOP,
  });
}

/**
 * The public download is not an issued document: no number, no signature, and it says so at the
 * top and the bottom. The chair's copy (/api/reports/docx) keeps the number line and signature.
 */
export type DocxVersion = 'formal' | 'public-summary';

const publicMark = 'BẢN TỔNG HỢP TỰ ĐỘNG – KHÔNG PHẢI VĂN BẢN BAN HÀNH';
const publicNote =
  'Bản này do trang Theo dõi Nghị quyết tự động tổng hợp từ các số liệu đã được Thường trực Đảng ủy duyệt, ' +
  'để Nhân dân theo dõi. Đây không phải văn bản ban hành: không có số văn bản, không có chữ ký. ' +
  'Báo cáo chính thức do Thường trực Đảng ủy ký và ban hành.';

function letterhead(r: PeriodReport, version: DocxVersion): Table {
  const h = r.letterhead;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centred(h.superior, { size: small }),
              centred(h.issuer, { bold: true, size: small }),
              centred('*', { size: small }),
              ...(version === 'formal' ? [centred(h.numberLine, { size: small })] : []),
            ],
            45,
          ),
          cell(
            [
              centred(h.motto, { bold: true, underline: true, size: small }),
              centred(''),
              centred(h.placeDate, { italics: true, size: small }),
            ],
            55,
          ),
        ],
      }),
    ],
  });
}

function tableCell(
  text: string,
  width: number,
  o: RunOptions & { align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: gridBorders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: o.align, children: [run(text, { ...o, size: small })] })],
  });
}

const widths = [6, 32, 16, 18, 14, 14];

function targetsTable(r: PeriodReport): Table {
  const rows = [
    new TableRow({
      tableHeader: true,
      children: r.targets.headers.map((h, i) => tableCell(h, widths[i]!, { bold: true, align: AlignmentType.CENTER })),
    }),
  ];
  for (const section of r.targets.sections) {
    rows.push(
      new TableRow({
        children: [
          new TableCell({
            columnSpan: 6,
            borders: gridBorders,
            children: [para(section.title, { bold: true, size: small, spacing: { after: 0 } })],
          }),
        ],
      }),
    );
    for (const row of section.rows) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            tableCell(row.no, widths[0]!, { align: AlignmentType.CENTER }),
            tableCell(row.name, widths[1]!),
            tableCell(row.bound, widths[2]!),
            tableCell(row.result, widths[3]!),
            tableCell(row.comparison, widths[4]!),
            tableCell(row.assessment, widths[5]!, { bold: true }),
          ],
        }),
      );
    }
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, layout: TableLayoutType.FIXED, rows });
}

function signatureTable(r: PeriodReport): Table {
  const recipients = [
    para('Nơi nhận:', { bold: true, italics: true, size: small, spacing: { after: 0 } }),
    ...r.recipients.map((x) => para(`- ${x}`, { size: 22, spacing: { after: 0 } })),
  ];
  const sign = [
    centred(r.signature.signedFor, { bold: true }),
    centred(r.signature.title, { bold: true }),
    centred(''),
    centred(''),
    centred(''),
    centred(r.signature.name, { bold: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ children: [cell(recipients, 50), cell(sign, 50)] })],
  });
}

/** The report as a Word document: the chair's, ready to print, sign and send; or the public summary. */
export async function reportToDocx(r: PeriodReport, version: DocxVersion = 'formal'): Promise<Buffer> {
  const body = (text: string) =>
    para(text, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: convertMillimetersToTwip(10) } });
  const heading = (text: string) => para(text, { bold: true, spacing: { before: 160, after: 80 } });
  const children: (Paragraph | Table)[] = [
    letterhead(r, version),
    para('', { spacing: { after: 120 } }),
    ...(version === 'public-summary' ? [centred(publicMark, { bold: true, italics: true })] : []),
    centred(r.title, { bold: true }),
    ...r.subtitle.split('\n').map((s) => centred(s, { bold: true })),
    centred('-----'),
    para(''),
    body(r.intro),
    body(r.cutoffLine),
    heading(r.targetsHeading),
    targetsTable(r),
    para(''),
    para(r.summaryLine, { bold: true, alignment: AlignmentType.JUSTIFIED }),
    body(r.targetsSummary),
    heading(r.tasksHeading),
  ];
  for (const g of r.groups) {
    children.push(para(g.heading, { bold: true, alignment: AlignmentType.JUSTIFIED }), body(g.progress));
    for (const t of g.tasks) children.push(body(`- ${t}`));
  }
  children.push(heading(r.shortcomingsHeading));
  for (const item of r.shortcomings) {
    children.push(body(`- ${item.text}`));
    for (const sub of item.items ?? []) children.push(body(`+ ${sub}`));
  }
  if (version === 'formal') children.push(para(''), signatureTable(r));
  else children.push(para(''), para(publicNote, { italics: true, alignment: AlignmentType.JUSTIFIED }));

  const document = new Document({
    creator: 'Theo dõi Nghị quyết',
    title: `${r.title} ${r.subtitle.replace('\n', ' ')}${version === 'public-summary' ? ` (${publicMark})` : ''}`,
    styles: { default: { document: { run: { font, size } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
