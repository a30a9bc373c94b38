package org.jinzai.model.validation;

import static org.jinzai.model.JinzaiPackage.Literals.*;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.jinzai.model.Target;
import org.jinzai.model.TargetValue;
import org.jinzai.model.util.Targets;

/**
 * What a rate is: an attribute whose value is a rate, probability or share in [0, 1]. Defined once, here, for the
 * validator (which refuses a rate outside [0, 1]) and for the editor (which shows and takes a rate as a percentage);
 * the files keep the fraction (0.05), a planner reads and types 5%.
 */
public final class Rates {

    /** Attributes that are always rates or shares. */
    private static final Set<EAttribute> ATTRIBUTES = Set.of(APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY,
            RECRUITMENT_CHANNEL__FILL_PROBABILITY, RECRUITMENT_CHANNEL__PASS_RATE, ATTRITION_RATE__YEARLY_RATE,
            TARGET_RESULT__PROBABILITY_MET, RATE_ESTIMATE__ESTIMATED, RATE_ESTIMATE__LOW, RATE_ESTIMATE__HIGH,
            BACKTEST_SUMMARY__INSIDE80, BACKTEST_SUMMARY__INSIDE90,
            POOL__FILL_PROBABILITY, POOL__YEARLY_ATTRITION, POOL__PREFECTURE_SHARE);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {
    }

    /** The attributes that are always rates (not those that are rates only for some elements: see {@link #isRate(EObject, Object)}). */
    public static Set<EAttribute> attributes() {
        return ATTRIBUTES;
    }

    /** Whether an attribute is always a rate in [0, 1]. */
    public static boolean isRate(Object feature) {
        return feature instanceof EAttribute attribute && ATTRIBUTES.contains(attribute);
    }

    /**
     * Whether a feature of an element holds a rate in [0, 1]: a rate attribute, or the value of a target that asks
     * for a share (到達率, 研修受講率).
     */
    public static boolean isRate(EObject element, Object feature) {
        if (isRate(feature)) {
            return true;
        }
        return feature == TARGET_VALUE__VALUE && element instanceof TargetValue value && value.eContainer() instanceof Target target
                && Targets.isShareKind(target.getKind());
    }

    /**
     * A fraction as a percentage with every digit it has (0.05 → "5%", 0.0125 → "1.25%", 1.5 → "150%"), so that what is
     * shown and typed back is the value stored.
     */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return Double.toString(fraction);
        }
        return BigDecimal.valueOf(fraction).multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%"; //$NON-NLS-1$
    }

    /** A percentage's number alone (0.05 → "5"), to edit. */
    public static String percentNumber(double fraction) {
        String percent = percent(fraction);
        return percent.endsWith("%") ? percent.substring(0, percent.length() - 1) : percent; //$NON-NLS-1$
    }

    /**
     * The fraction a typed percentage means: "5", "5%", "５％" (full width), " 5.5 % " → 0.05, 0.055. Throws
     * {@link NumberFormatException} when the text is not a number, {@link OutOfRange} when it is not from 0 to 100.
     */
    public static double parsePercent(String text) {
        return parsePercentNumber(text).divide(HUNDRED).doubleValue();
    }

    /**
     * The number of a typed percentage, exactly as typed ("５．５％" → 5.5), from 0 to 100; the same errors as
     * {@link #parsePercent}.
     */
    public static BigDecimal parsePercentNumber(String text) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip(); //$NON-NLS-1$
        if (normalized.endsWith("%")) { //$NON-NLS-1$
            normalized = normalized.substring(0, normalized.length() - 1).strip();
        }
        if (normalized.isEmpty() || !normalized.matches("[+-]?(\\d+([.]\\d*)?|[.]\\d+)")) { //$NON-NLS-1$
            throw new NumberFormatException(text);
        }
        BigDecimal percent = new BigDecimal(normalized);
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new OutOfRange(text);
        }
        return percent;
    }

    /** A percentage that is a number but not from 0 to 100. */
    public static final class OutOfRange extends NumberFormatException {
        private static final long serialVersionUID = 1L;

        OutOfRange(String text) {
            super(text);
        }
    }
}
