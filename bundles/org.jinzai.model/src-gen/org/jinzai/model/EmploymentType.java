/**
 */
package org.jinzai.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Employment Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 任用形態: 常勤, 任期付, 会計年度/特別職非常勤, 委託/シェア.
 * <!-- end-model-doc -->
 * @see org.jinzai.model.JinzaiPackage#getEmploymentType()
 * @model
 * @generated
 */
public enum EmploymentType implements Enumerator {
	/**
	 * The '<em><b>REGULAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULAR_VALUE
	 * @generated
	 * @ordered
	 */
	REGULAR(0, "REGULAR", "REGULAR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FIXED TERM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_TERM_VALUE
	 * @generated
	 * @ordered
	 */
	FIXED_TERM(1, "FIXED_TERM", "FIXED_TERM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PART TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	PART_TIME(2, "PART_TIME", "PART_TIME"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OUTSOURCED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSOURCED_VALUE
	 * @generated
	 * @ordered
	 */
	OUTSOURCED(3, "OUTSOURCED", "OUTSOURCED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REGULAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULAR_VALUE = 0;

	/**
	 * The '<em><b>FIXED TERM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_TERM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIXED_TERM_VALUE = 1;

	/**
	 * The '<em><b>PART TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_TIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PART_TIME_VALUE = 2;

	/**
	 * The '<em><b>OUTSOURCED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTSOURCED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUTSOURCED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Employment Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EmploymentType[] VALUES_ARRAY =
		new EmploymentType[] {
			REGULAR,
			FIXED_TERM,
			PART_TIME,
			OUTSOURCED,
		};

	/**
	 * A public read-only list of all the '<em><b>Employment Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EmploymentType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Employment Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmploymentType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmploymentType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Employment Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmploymentType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmploymentType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Employment Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmploymentType get(int value) {
		switch (value) {
			case REGULAR_VALUE: return REGULAR;
			case FIXED_TERM_VALUE: return FIXED_TERM;
			case PART_TIME_VALUE: return PART_TIME;
			case OUTSOURCED_VALUE: return OUTSOURCED;
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
	private EmploymentType(int value, String name, String literal) {
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
	
} //EmploymentType
