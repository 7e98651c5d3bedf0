#pragma once

#include <QStringList>
#include <QWidget>

#include "core/plan/exportspec.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Custody::Ui {

class FieldMessage;

/// What an export contains: recordings (in which format), conversation
/// records, and optionally a recording bulk export into the org's S3 bucket.
class ContentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentPanel)

public:
    explicit ContentPanel(QWidget *parent = nullptr);
    ~ContentPanel() override;

    /// Writes the content choices into \a spec, leaving everything else.
    void readInto(Plan::ExportSpec &spec) const;
    /// Shows the content choices of \a spec.
    void setFrom(const Plan::ExportSpec &spec);

    Plan::RecordingFormat format() const;
    /// The file extension recordings will most likely get, for previews.
    QString likelyExtension() const;

    /// Problems of the content choices and of the bulk export, shown under each.
    void showProblems(const QStringList &contentProblems, const QStringList &bulkProblems);

    QCheckBox *recordingsBox() const { return m_recordings; }
    QCheckBox *detailsBox() const { return m_details; }
    QCheckBox *bulkExportBox() const { return m_bulk; }
    QLineEdit *integrationEdit() const { return m_integration; }
    QComboBox *formatBox() const { return m_format; }
    QString formatHint() const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QCheckBox *m_recordings = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_formatHint = nullptr;
    QCheckBox *m_details = nullptr;
    QCheckBox *m_bulk = nullptr;
    QLineEdit *m_integration = nullptr;
    FieldMessage *m_contentMessage = nullptr;
    FieldMessage *m_bulkMessage = nullptr;
};

} // namespace Custody::Ui
