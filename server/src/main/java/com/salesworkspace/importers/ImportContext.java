package com.salesworkspace.importers;

import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.Workspace;

/**
 * What a reader gets for one import run: the workspace (CRM imports write customer folders through it), the sink
 * for interactions, the report to count in, and progress to report on stderr.
 */
public record ImportContext(Workspace workspace, ImportSink sink, ImportReport report, Progress progress) {}
