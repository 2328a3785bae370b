package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Scores predictions against gold records of one task. A prediction has the same {@code id} and
 * shape as its gold record; a gold record without a prediction counts as predicting nothing, and
 * predictions whose id is not in the gold are ignored (and counted in the details).
 */
public interface Scorer {
    EvalResult score(List<ObjectNode> gold, Map<String, ObjectNode> predictedById);
}
