/**
 */
package org.jinzai.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Municipality Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 自治体の種類 (kind of municipality): 特別区, 市, 政令市, 町, 村, 都道府県.
 * <!-- end-model-doc -->
 * @see org.jinzai.model.JinzaiPackage#getMunicipalityKind()
 * @model
 * @generated
 */
public enum MunicipalityKind implements Enumerator {
	/**
	 * The '<em><b>SPECIAL WARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_WARD_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_WARD(0, "SPECIAL_WARD", "SPECIAL_WARD"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_VALUE
	 * @generated
	 * @ordered
	 */
	CITY(1, "CITY", "CITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DESIGNATED CITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGNATED_CITY_VALUE
	 * @generated
	 * @ordered
	 */
	DESIGNATED_CITY(2, "DESIGNATED_CITY", "DESIGNATED_CITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWN_VALUE
	 * @generated
	 * @ordered
	 */
	TOWN(3, "TOWN", "TOWN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VILLAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VILLAGE_VALUE
	 * @generated
	 * @ordered
	 */
	VILLAGE(4, "VILLAGE", "VILLAGE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PREFECTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFECTURE_VALUE
	 * @generated
	 * @ordered
	 */
	PREFECTURE(5, "PREFECTURE", "PREFECTURE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SPECIAL WARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_WARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_WARD_VALUE = 0;

	/**
	 * The '<em><b>CITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CITY_VALUE = 1;

	/**
	 * The '<em><b>DESIGNATED CITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGNATED_CITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DESIGNATED_CITY_VALUE = 2;

	/**
	 * The '<em><b>TOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOWN_VALUE = 3;

	/**
	 * The '<em><b>VILLAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VILLAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VILLAGE_VALUE = 4;

	/**
	 * The '<em><b>PREFECTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFECTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREFECTURE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Municipality Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MunicipalityKind[] VALUES_ARRAY =
		new MunicipalityKind[] {
			SPECIAL_WARD,
			CITY,
			DESIGNATED_CITY,
			TOWN,
			VILLAGE,
			PREFECTURE,
		};

	/**
	 * A public read-only list of all the '<em><b>Municipality Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MunicipalityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Municipality Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MunicipalityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MunicipalityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Municipality Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MunicipalityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MunicipalityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Municipality Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MunicipalityKind get(int value) {
		switch (value) {
			case SPECIAL_WARD_VALUE: return SPECIAL_WARD;
			case CITY_VALUE: return CITY;
			case DESIGNATED_CITY_VALUE: return DESIGNATED_CITY;
			case TOWN_VALUE: return TOWN;
			case VILLAGE_VALUE: return VILLAGE;
			case PREFECTURE_VALUE: return PREFECTURE;
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
	private MunicipalityKind(int value, String name, String literal) {
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
	
} //MunicipalityKind
