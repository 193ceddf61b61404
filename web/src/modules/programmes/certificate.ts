// The certificate as a PDF, made in the browser by jsPDF (loaded only when asked), with the same words as
// the printable page: who, which programme of which provider, the hours, the registration points and the
// date of completion.
import { pdfText } from '../../ui/export';
import type { Certificate } from './types';

export interface CertificateTexts {
  heading: string;
  /** "{name} heeft ... met goed gevolg afgerond" with the values filled in. */
  lines: string[];
}

export async function certificatePdf(certificate: Certificate, texts: CertificateTexts): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape' });
  const width = doc.internal.pageSize.getWidth();
  doc.setProperties({ title: pdfText(`${texts.heading} ${certificate.programme_title}`) });
  doc.setDrawColor(15, 92, 99);
  doc.setLineWidth(1.5);
  doc.rect(12, 12, width - 24, doc.internal.pageSize.getHeight() - 24);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(30);
  doc.text(pdfText(texts.heading), width / 2, 45, { align: 'center' });
  doc.setFontSize(22);
  doc.text(pdfText(certificate.participant_name), width / 2, 70, { align: 'center' });
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(14);
  let y = 90;
  for (const line of texts.lines) {
    const wrapped = doc.splitTextToSize(pdfText(line), width - 60) as string[];
    doc.text(wrapped, width / 2, y, { align: 'center' });
    y += wrapped.length * 7 + 4;
  }
  return doc.output('blob');
}
