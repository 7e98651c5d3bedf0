#pragma once

#include <QStringList>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Custody::Ui {

class FieldMessage;

/// The file-name template of an export's recordings, with a live preview of
/// three example names so people see the folder layout before exporting.
class FileNameTemplatePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileNameTemplatePanel)

public:
    static constexpr int kPreviewCount = 3;

    explicit FileNameTemplatePanel(QWidget *parent = nullptr);
    ~FileNameTemplatePanel() override;

    QString pattern() const;
    void setPattern(const QString &pattern);

    /// The zone and file extension the preview is rendered with.
    void setPreviewContext(const QTimeZone &zone, const QString &extension);

    /// The example names currently shown.
    QStringList previewNames() const { return m_preview; }
    /// Shows \a problems of the template; the preview is hidden while there are any.
    void showProblems(const QStringList &problems);

    QLineEdit *patternEdit() const { return m_edit; }

Q_SIGNALS:
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updatePreview();
    void showPreviewText();

    QLineEdit *m_edit = nullptr;
    QLabel *m_previewLabel = nullptr;
    FieldMessage *m_message = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_extension = QStringLiteral("ogg");
    QStringList m_preview;
    bool m_hasProblems = false;
};

} // namespace Custody::Ui
