/**
 */
package org.jinzai.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Target Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 数値目標の種類: 人数, 到達率, 新規採用人数, 研修受講率.
 * <!-- end-model-doc -->
 * @see org.jinzai.model.JinzaiPackage#getTargetKind()
 * @model
 * @generated
 */
public enum TargetKind implements Enumerator {
	/**
	 * The '<em><b>HEADCOUNT AT STEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEADCOUNT_AT_STEP_VALUE
	 * @generated
	 * @ordered
	 */
	HEADCOUNT_AT_STEP(0, "HEADCOUNT_AT_STEP", "HEADCOUNT_AT_STEP"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHARE AT STEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARE_AT_STEP_VALUE
	 * @generated
	 * @ordered
	 */
	SHARE_AT_STEP(1, "SHARE_AT_STEP", "SHARE_AT_STEP"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NEW HIRES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_HIRES_VALUE
	 * @generated
	 * @ordered
	 */
	NEW_HIRES(2, "NEW_HIRES", "NEW_HIRES"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COURSE COMPLETION RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COURSE_COMPLETION_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	COURSE_COMPLETION_RATE(3, "COURSE_COMPLETION_RATE", "COURSE_COMPLETION_RATE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HEADCOUNT AT STEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEADCOUNT_AT_STEP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEADCOUNT_AT_STEP_VALUE = 0;

	/**
	 * The '<em><b>SHARE AT STEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARE_AT_STEP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHARE_AT_STEP_VALUE = 1;

	/**
	 * The '<em><b>NEW HIRES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_HIRES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEW_HIRES_VALUE = 2;

	/**
	 * The '<em><b>COURSE COMPLETION RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COURSE_COMPLETION_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COURSE_COMPLETION_RATE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Target Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TargetKind[] VALUES_ARRAY =
		new TargetKind[] {
			HEADCOUNT_AT_STEP,
			SHARE_AT_STEP,
			NEW_HIRES,
			COURSE_COMPLETION_RATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Target Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TargetKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Target Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TargetKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TargetKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetKind get(int value) {
		switch (value) {
			case HEADCOUNT_AT_STEP_VALUE: return HEADCOUNT_AT_STEP;
			case SHARE_AT_STEP_VALUE: return SHARE_AT_STEP;
			case NEW_HIRES_VALUE: return NEW_HIRES;
			case COURSE_COMPLETION_RATE_VALUE: return COURSE_COMPLETION_RATE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TargetKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TargetKind
