/** The absent/outgoing caseworker's open cases with a checkbox each (shared by both shift forms). */
import type { ReactNode } from 'react';
import { Checkbox, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import type { OverviewRow } from '../../../../shared/features/handover';
import { handoverTexts as t } from '../../../../shared/print/handover/texts';

interface Props {
  rows: OverviewRow[];
  selected: Set<number>;
  onSelected: (next: Set<number>) => void;
  /** Extra cells per row (receiver, cover) and their headers. */
  extraHeaders?: string[];
  extra?: (row: OverviewRow) => ReactNode;
  label: string;
}

export function CaseStemTable({ rows, selected, onSelected, extraHeaders = [], extra, label }: Props) {
  const all = rows.length > 0 && rows.every((r) => selected.has(r.caseId));
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelected(next);
  };
  const p = t.print;
  return (
    <TableContainer sx={{ maxHeight: 560 }}>
      <Table size="small" stickyHeader aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox checked={all} onChange={() => onSelected(all ? new Set() : new Set(rows.map((r) => r.caseId)))} slotProps={{ input: { 'aria-label': t.selectAll } }} />
            </TableCell>
            <TableCell>{p.case}</TableCell>
            <TableCell>{p.citizen}</TableCell>
            <TableCell>{p.followUp}</TableCell>
            {extraHeaders.map((h) => (
              <TableCell key={h}>{h}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.caseId} selected={selected.has(r.caseId)}>
              <TableCell padding="checkbox">
                <Checkbox checked={selected.has(r.caseId)} onChange={() => toggle(r.caseId)} slotProps={{ input: { 'aria-label': t.selectCase(r.caseNumber) } }} />
              </TableCell>
              <TableCell>{r.caseNumber}</TableCell>
              <TableCell>
                {r.citizenName}, {r.age} {p.years}
              </TableCell>
              <TableCell>{r.nextFollowUp ? formatDate(r.nextFollowUp) : '–'}</TableCell>
              {extra?.(r)}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
