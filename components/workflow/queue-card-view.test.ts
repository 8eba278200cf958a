import { describe, expect, it } from 'vitest';
import type { QueueItem } from '@/db/access/approval-queue';
import { queueCardView } from './queue-card-view';

const base: QueueItem = {
  id: 41,
  version: 2,
  kind: 'target',
  subjectId: 8,
  subjectCode: '2.1.08',
  subjectLabel: 'Tỷ lệ hộ nghèo',
  unit: '%',
  targetValue: 1.25,
  direction: 'max',
  targetHigh: null,
  role: 'lead',
  organizationCode: 'UBND',
  organizationName: 'Ủy ban nhân dân phường',
  periodCode: '2023-Q2',
  authorName: 'Cán bộ Ủy ban nhân dân phường',
  submittedAt: new Date('2023-07-03T02:30:00Z'),
  returnReason: null,
  returned: null,
  value: 1.1,
  note: 'Theo rà soát quý II',
  taskStatus: null,
  progress: null,
  narrative: null,
  previous: {
    id: 7,
    periodCode: '2023-Q1',
    reviewedAt: null,
    value: 1.4,
    note: 'Theo rà soát quý II',
    taskStatus: null,
    progress: null,
    narrative: null,
  },
  evidenceCount: 0,
  selfReview: false,
};

describe('queueCardView', () => {
  it('writes the figures, the change and the dates out in Vietnamese, leaving out what is empty', () => {
    // toStrictEqual: no key for a missing return reason, an unchanged status or note.
    expect(queueCardView(base, 'vi')).toStrictEqual({
      id: 41,
      version: 2,
      subjectHref: '/dashboard/targets/8',
      updateHref: '/dashboard/updates/41',
      organization: 'Ủy ban nhân dân phường',
      role: 'Chủ trì',
      period: 'Quý II/2023',
      code: '2.1.08',
      label: 'Tỷ lệ hộ nghèo',
      bound: 'Chỉ tiêu Nghị quyết: ≤\u00a01,25\u00a0%',
      previousTitle: 'Lần duyệt trước (Quý I/2023)',
      // The same note as this update: shown once, under this update.
      previous: { figure: '1,4\u00a0%', text: null },
      figure: '1,1\u00a0%',
      changes: [['▼', 'giảm 0,3\u00a0%']],
      text: 'Theo rà soát quý II',
      reported: 'Người báo cáo: Cán bộ Ủy ban nhân dân phường, Ủy ban nhân dân phường · 03/07/2023 09:30 · ',
      evidence: 'Mở báo cáo',
    });
  });

  it('keeps a changed note on both sides, marks it, and carries a return reason and a task status', () => {
    const task: QueueItem = {
      ...base,
      kind: 'task',
      subjectLabel: 'Thực hiện có hiệu quả các chính sách an sinh xã hội; '.repeat(6),
      unit: null,
      targetValue: null,
      direction: null,
      value: null,
      note: null,
      taskStatus: 'on_track',
      progress: 60,
      narrative: 'Đã hỗ trợ 12 hộ',
      returnReason: 'Thiếu số liệu',
      previous: {
        ...base.previous!,
        value: null,
        note: null,
        taskStatus: 'not_started',
        progress: 20,
        narrative: 'Chưa triển khai',
      },
      evidenceCount: 2,
    };
    const view = queueCardView(task, 'vi');
    expect(view.label.length).toBeLessThanOrEqual(160);
    expect(view.label.endsWith('…')).toBe(true);
    expect('bound' in view).toBe(false);
    expect(view).toMatchObject({
      previous: { figure: 'Chưa triển khai · 20 %', text: 'Chưa triển khai' },
      figure: 'Đang thực hiện đúng tiến độ · 60 %',
      changes: [['▲', 'tăng 40\u00a0%']],
      statusChanged: true,
      textChanged: true,
      returnReason: 'Thiếu số liệu',
      evidence: 'Mở báo cáo (2 tệp minh chứng)',
    });
  });

  it('shows a resubmission against the version the chair returned', () => {
    const view = queueCardView(
      { ...base, value: 93.1, returnReason: 'Số liệu chưa khớp', returned: { ...base, value: 92.5 } },
      'vi',
    );
    expect(view.sinceReturned).toBe('So với bản bị trả lại: 92,5\u00a0% → 93,1\u00a0%');
    const same = queueCardView({ ...base, value: 93.1, returned: { ...base, value: 93.1 } }, 'vi');
    expect(same.sinceReturned).toBe('So với bản bị trả lại: số liệu không đổi (93,1\u00a0%)');
    expect('sinceReturned' in queueCardView(base, 'vi')).toBe(false);
  });
});
