package org.kindred.infrastructure.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import org.kindred.application.disclosure.RangeFinder;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Linear programmes with ojAlgo. A variable's range is two of them over the same constraints (minimise
 * it, maximise it). Continuous variables suffice for the report tables, whose constraints are totally
 * unimodular (see the Auditor): results are rounded inwards with a tolerance for floating point.
 */
@ApplicationScoped
public class OjAlgoRangeFinder implements RangeFinder {

    private static final double TOLERANCE = 1e-6;

    @Override
    public long[][] ranges(LinearSystem system, int[] targets) {
        Model model = new Model(system);
        long[][] ranges = new long[targets.length][];
        for (int t = 0; t < targets.length; t++) {
            Variable target = model.variables[targets[t]];
            target.weight(1);
            Optimisation.Result min = model.ojalgo.minimise();
            Optimisation.Result max = model.ojalgo.maximise();
            target.weight(0);
            ranges[t] = new long[] {whole(min, true, system.lower()[targets[t]]), whole(max, false, UNBOUNDED)};
        }
        return ranges;
    }

    @Override
    public long[] extreme(LinearSystem system, int[] weights) {
        Model model = new Model(system);
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                model.variables[i].weight(weights[i]);
            }
        }
        Optimisation.Result result = model.ojalgo.maximise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("no extreme solution: " + result.getState());
        }
        long[] solution = new long[weights.length];
        for (int i = 0; i < solution.length; i++) {
            solution[i] = Math.round(result.doubleValue(i));
        }
        return solution;
    }

    private static long whole(Optimisation.Result result, boolean lower, long fallback) {
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return lower ? fallback : UNBOUNDED;
        }
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the figures do not satisfy their own sums: " + result.getState());
        }
        double value = result.getValue();
        return lower ? (long) Math.ceil(value - TOLERANCE) : (long) Math.floor(value + TOLERANCE);
    }

    /** The system as an ojAlgo model, variables in the system's order. */
    private static final class Model {
        final ExpressionsBasedModel ojalgo = new ExpressionsBasedModel();
        final Variable[] variables;

        Model(LinearSystem system) {
            int count = system.lower().length;
            variables = new Variable[count];
            for (int i = 0; i < count; i++) {
                variables[i] = ojalgo.addVariable("x" + i).lower(system.lower()[i]);
                if (system.upper()[i] != UNBOUNDED) {
                    variables[i].upper(system.upper()[i]);
                }
            }
            int e = 0;
            for (Equation equation : system.equations()) {
                Expression expression = ojalgo.addExpression("e" + e++).level(equation.constant());
                for (int v : equation.plus()) {
                    expression.set(variables[v], 1);
                }
                for (int v : equation.minus()) {
                    expression.set(variables[v], -1);
                }
            }
        }
    }
}
