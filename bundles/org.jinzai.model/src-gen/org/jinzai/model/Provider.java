/**
 */
package org.jinzai.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Provider</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 研修の実施主体: 自治体, 研修所, J-LIS, 都・GovTech東京, 外部.
 * <!-- end-model-doc -->
 * @see org.jinzai.model.JinzaiPackage#getProvider()
 * @model
 * @generated
 */
public enum Provider implements Enumerator {
	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPALITY(0, "MUNICIPALITY", "MUNICIPALITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRAINING INSTITUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_INSTITUTE_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING_INSTITUTE(1, "TRAINING_INSTITUTE", "TRAINING_INSTITUTE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>JLIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JLIS_VALUE
	 * @generated
	 * @ordered
	 */
	JLIS(2, "JLIS", "JLIS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TOKYO GTT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOKYO_GTT_VALUE
	 * @generated
	 * @ordered
	 */
	TOKYO_GTT(3, "TOKYO_GTT", "TOKYO_GTT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXTERNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_VALUE
	 * @generated
	 * @ordered
	 */
	EXTERNAL(4, "EXTERNAL", "EXTERNAL"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPALITY_VALUE = 0;

	/**
	 * The '<em><b>TRAINING INSTITUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_INSTITUTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_INSTITUTE_VALUE = 1;

	/**
	 * The '<em><b>JLIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JLIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JLIS_VALUE = 2;

	/**
	 * The '<em><b>TOKYO GTT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOKYO_GTT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOKYO_GTT_VALUE = 3;

	/**
	 * The '<em><b>EXTERNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXTERNAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Provider</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Provider[] VALUES_ARRAY =
		new Provider[] {
			MUNICIPALITY,
			TRAINING_INSTITUTE,
			JLIS,
			TOKYO_GTT,
			EXTERNAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Provider</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Provider> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Provider</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Provider get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Provider result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Provider</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Provider getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Provider result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Provider</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Provider get(int value) {
		switch (value) {
			case MUNICIPALITY_VALUE: return MUNICIPALITY;
			case TRAINING_INSTITUTE_VALUE: return TRAINING_INSTITUTE;
			case JLIS_VALUE: return JLIS;
			case TOKYO_GTT_VALUE: return TOKYO_GTT;
			case EXTERNAL_VALUE: return EXTERNAL;
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
	private Provider(int value, String name, String literal) {
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
	
} //Provider
