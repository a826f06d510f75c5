#include "report/reportwriter.h"

#include "report/documentfont.h"
#include "store/ledger.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace rectify {

namespace {

struct Column
{
    QString title;
    qreal share; // of the text width
};

// Lays text, charts and tables out down A4 pages and numbers them.
class Layout
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ReportWriter)

public:
    explicit Layout(QPagedPaintDevice &device)
        : m_device(device)
    { }

    bool begin()
    {
        if (!m_painter.begin(&m_device))
            return false;
        const QPageLayout layout = m_device.pageLayout();
        m_page = QRectF(layout.paintRectPixels(m_device.logicalDpiX()));
        m_page.moveTo(0, 0);
        m_footer = mm(8);
        m_top = 0;
        m_pages = 1;
        return true;
    }
    int end()
    {
        footer();
        m_painter.end();
        return m_pages;
    }

    qreal mm(qreal v) const { return v / 25.4 * m_device.logicalDpiX(); }
    qreal width() const { return m_page.width(); }
    qreal bottom() const { return m_page.height() - m_footer; }

    void newPage()
    {
        footer();
        m_device.newPage();
        ++m_pages;
        m_top = 0;
    }
    void ensure(qreal height)
    {
        if (m_top > 0 && m_top + height > bottom())
            newPage();
    }
    void space(qreal v) { m_top += v; }

    void text(const QString &s, const QFont &font, int align = Qt::AlignLeft)
    {
        m_painter.setFont(font);
        const QRectF box(0, m_top, width(), bottom());
        const QRectF need = m_painter.boundingRect(box, align | Qt::TextWordWrap | Qt::AlignTop, s);
        ensure(need.height());
        const QRectF at(0, m_top, width(), need.height());
        m_painter.setPen(Qt::black);
        m_painter.drawText(at, align | Qt::TextWordWrap | Qt::AlignTop, s);
        m_top += need.height();
    }

    void chart(const ReportWriter::Charts &charts, const QString &name, const Statistics &stats,
        qreal maxShare)
    {
        if (!charts.size || !charts.paint)
            return;
        const QSizeF size = charts.size(name, stats);
        if (size.isEmpty())
            return;
        // Charts are drawn at their 96-dpi size and scaled to the page, vector all along.
        const qreal maxHeight = (bottom()) * maxShare;
        const qreal scale = std::min(width() / size.width(), maxHeight / size.height());
        const QSizeF drawn = size * scale;
        ensure(drawn.height());
        const QRectF target((width() - drawn.width()) / 2, m_top, drawn.width(), drawn.height());
        m_painter.save();
        charts.paint(name, stats, m_painter, target);
        m_painter.restore();
        m_top += drawn.height() + mm(3);
    }

    void table(const QVector<Column> &columns, const QVector<QStringList> &rows)
    {
        const QFont body = DocumentFont::sans(8);
        QFont head = DocumentFont::sans(8, true);
        const qreal pad = mm(1);
        QVector<qreal> widths;
        for (const Column &c : columns)
            widths << c.share * width();
        const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
            m_painter.setFont(font);
            qreal h = 0;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
                const QRectF r = m_painter.boundingRect(
                    QRectF(0, 0, widths[i] - 2 * pad, bottom()), Qt::TextWordWrap, cells[i]);
                h = std::max(h, r.height());
            }
            return std::min(h + 2 * pad, bottom() - mm(10));
        };
        const auto draw = [&](const QStringList &cells, const QFont &font, qreal h, bool shaded) {
            m_painter.setFont(font);
            qreal x = 0;
            for (int i = 0; i < widths.size(); ++i) {
                const QRectF cell(x, m_top, widths[i], h);
                if (shaded)
                    m_painter.fillRect(cell, QColor(0xee, 0xee, 0xee));
                m_painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
                m_painter.drawRect(cell);
                m_painter.setPen(Qt::black);
                if (i < cells.size())
                    m_painter.drawText(cell.adjusted(pad, pad, -pad, -pad),
                        Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, cells[i]);
                x += widths[i];
            }
            m_top += h;
        };
        QStringList titles;
        for (const Column &c : columns)
            titles << c.title;
        const qreal headHeight = rowHeight(titles, head);
        bool headerDrawn = false;
        for (const QStringList &row : rows) {
            const qreal h = rowHeight(row, body);
            if (!headerDrawn || m_top + h > bottom()) {
                ensure(headHeight + h);
                draw(titles, head, headHeight, true);
                headerDrawn = true;
            }
            m_painter.save();
            m_painter.setClipRect(QRectF(0, m_top, width(), h));
            draw(row, body, h, false);
            m_painter.restore();
        }
        m_top += mm(2);
    }

private:
    void footer()
    {
        m_painter.setFont(DocumentFont::sans(8));
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(0, m_page.height() - m_footer + mm(2), width(), m_footer - mm(2)),
            Qt::AlignHCenter | Qt::AlignTop, tr("Page %1").arg(m_pages));
    }

    QPagedPaintDevice &m_device;
    QPainter m_painter;
    QRectF m_page;
    qreal m_footer = 0;
    qreal m_top = 0; // where the next thing goes on the page, from its top
    int m_pages = 0;
};

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString ReportWriter::scopeText(const Ledger &ledger, const StatsFilter &filter)
{
    QStringList scope;
    if (filter.inspectionId != 0) {
        if (auto i = ledger.inspection(filter.inspectionId))
            scope << i->name;
    }
    if (!filter.category.isEmpty())
        scope << filter.category;
    if (!filter.unit.isEmpty())
        scope << tr("lead unit %1").arg(filter.unit);
    return scope.join(tr("; ", "between the parts of the report's scope"));
}

Result<int> ReportWriter::writePdf(
    const Input &input, const QString &path, const Progress &progress)
{
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Progress report on rectification"));
    pdf.setCreator(QStringLiteral("Rectify"));
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter));
    return render(input, pdf, progress);
}

Result<int> ReportWriter::render(
    const Input &input, QPagedPaintDevice &device, const Progress &progress)
{
    Layout l(device);
    if (!l.begin())
        return Error { tr("Cannot start the report.") };
    const Statistics &s = input.stats;
    const TaskCounts &c = s.tasks;

    l.space(l.mm(4));
    l.text(tr("Progress report on rectification"), DocumentFont::sans(20, true), Qt::AlignHCenter);
    l.space(l.mm(2));
    l.text(tr("As of %1").arg(s.today.toString(tr("yyyy-MM-dd"))), DocumentFont::sans(11),
        Qt::AlignHCenter);
    if (!input.scope.isEmpty())
        l.text(input.scope, DocumentFont::sans(10), Qt::AlignHCenter);
    if (!input.auditAnchor.isEmpty())
        l.text(tr("Audit anchor %1 (check: rectify-cli audit-verify --expect %1)")
                   .arg(input.auditAnchor),
            DocumentFont::sans(8), Qt::AlignHCenter);
    l.space(l.mm(5));

    l.text(tr("1. Overview"), DocumentFont::sans(13, true));
    l.space(l.mm(1));
    const QFont body = DocumentFont::sans(10.5);
    l.text(tr("Problems: %1 in all; %2 completed (%3 signed off), %4 in progress, %5 not started.")
               .arg(s.problems.total)
               .arg(s.problems.completed)
               .arg(s.problems.closed)
               .arg(s.problems.inProgress)
               .arg(s.problems.notStarted),
        body);
    l.text(tr("Tasks: %1 in all; %2 completed (%3 signed off), %4 in progress, %5 not started, "
              "%6 long-term; completion rate %7%.")
               .arg(c.total)
               .arg(c.completed)
               .arg(c.closed)
               .arg(c.inProgress)
               .arg(c.notStarted)
               .arg(c.longTerm)
               .arg(c.completionRate() * 100.0, 0, 'f', 1),
        body);
    l.text(tr("Alerts: %1 overdue, %2 due within %3 days, %4 long-term tasks without progress "
              "for %5 days, %6 without a deadline.")
               .arg(c.overdue)
               .arg(c.dueSoon)
               .arg(s.alerts.dueSoonDays)
               .arg(c.stale)
               .arg(s.alerts.staleDays)
               .arg(c.noDeadline),
        body);
    l.space(l.mm(4));

    l.text(tr("2. Charts"), DocumentFont::sans(13, true));
    l.space(l.mm(1));
    l.chart(input.charts, QStringLiteral("status"), s, 0.36);
    l.chart(input.charts, QStringLiteral("burnup"), s, 0.40);
    l.chart(input.charts, QStringLiteral("units"), s, 0.62);
    l.chart(input.charts, QStringLiteral("leaders"), s, 0.45);
    l.chart(input.charts, QStringLiteral("problems"), s, 0.62);

    l.space(l.mm(2));
    l.text(tr("3. Overdue tasks"), DocumentFont::sans(13, true));
    l.space(l.mm(1));
    QVector<QStringList> late;
    for (const AlertItem &a : input.alerts) {
        if (a.alert.level != AlertLevel::Red)
            continue;
        late.append({ QStringLiteral("%1.(%2)").arg(a.problemCode).arg(a.taskNumber), a.measure,
            dateText(a.deadline), QString::number(-a.alert.days),
            a.leadUnits.join(QStringLiteral("、")), a.persons.join(QStringLiteral("、")) });
    }
    if (late.isEmpty()) {
        l.text(tr("No task is overdue."), body);
    } else {
        l.table(
            { { tr("Task"), 0.10 }, { tr("Measure"), 0.36 }, { tr("Deadline"), 0.12 },
                { tr("Days late"), 0.08 }, { tr("Lead unit"), 0.20 }, { tr("Responsible"), 0.14 } },
            late);
    }

    l.space(l.mm(2));
    l.text(tr("4. Problems and their tasks"), DocumentFont::sans(13, true));
    l.space(l.mm(1));
    const QVector<Column> columns { { tr("No."), 0.06 }, { tr("Measure"), 0.30 },
        { tr("Deadline"), 0.11 }, { tr("Status"), 0.09 }, { tr("Lead unit"), 0.16 },
        { tr("Latest progress"), 0.28 } };
    const QFont heading = DocumentFont::sans(10, true);
    qint64 done = 0;
    QString inspection;
    for (const ReportProblem &p : input.problems) {
        if (p.inspection != inspection) {
            inspection = p.inspection;
            l.space(l.mm(1));
            l.text(inspection, DocumentFont::sans(11.5, true));
        }
        qint64 finished = 0;
        for (const ReportTask &t : p.tasks)
            finished += isDone(t.status);
        l.ensure(l.mm(16));
        l.text(tr("Problem %1: %2").arg(p.code, p.title), heading);
        l.text(tr("%1; %2; %3 of %4 tasks completed")
                   .arg(p.category.isEmpty() ? tr("no category") : p.category,
                       problemStatusLabel(p.status))
                   .arg(finished)
                   .arg(p.tasks.size()),
            DocumentFont::sans(8.5));
        QVector<QStringList> rows;
        for (const ReportTask &t : p.tasks) {
            QString lead = t.leadUnits.join(QStringLiteral("、"));
            if (!t.coUnits.isEmpty())
                lead += tr("\n(with %1)").arg(t.coUnits.join(QStringLiteral("、")));
            QString progressText = t.progressText;
            if (t.progressDate.isValid())
                progressText = QStringLiteral("%1 %2").arg(dateText(t.progressDate), progressText);
            else if (!progressText.isEmpty())
                progressText = QStringLiteral("— %1").arg(progressText); // date not known
            rows.append({ QStringLiteral("(%1)").arg(t.number), t.measure,
                t.longTerm ? tr("long-term") : dateText(t.deadline), taskStatusLabel(t.status),
                lead, progressText });
        }
        l.table(columns, rows);
        ++done;
        if (progress)
            progress(done, input.problems.size());
        if (input.cancelled && input.cancelled()) {
            l.end();
            return Error { tr("The report was cancelled.") };
        }
    }
    return l.end();
}

} // namespace rectify
