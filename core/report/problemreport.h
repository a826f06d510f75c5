#pragma once

#include "report/officialdocument.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>

namespace rectify {

class Ledger;

// One problem's 整改报告 (rectification report), in the layout of official
// documents like the 通报 (see docs/documents.md):
//
//   title        关于“<problem>”问题的整改情况报告
//   opening      the inspection, the problem's number and wording
//   一、问题基本情况    category and description
//   二、整改措施及完成情况  per task (（一）（二）…): its measure, target, deadline,
//                responsibilities, status and sign-off (销号), every progress entry
//                up to today with its date, verbatim, and its evidence files
//   三、整改成效及下一步工作  a placeholder for the office to write
//
// Chinese whatever the interface language, as the 通报.
class ProblemReport final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ProblemReport)

public:
    static Result<OfficialDocument> build(
        const Ledger &ledger, qint64 problemId, const QDate &today);
};

} // namespace rectify
